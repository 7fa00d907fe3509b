using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Account;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Authentication;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Throttling;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Host.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>Chooses the bearer-token handler or the cookie per request.</summary>
    public const string SmartScheme = "OrchardCustomers";

    public static void AddTenantSecurity(this IServiceCollection services)
    {
        services.AddIdentity<User, Role>(o =>
            {
                // The per-address throttle (Throttling/) is the first line against guessing; the lockout is the second,
                // against guesses spread over many addresses. Its threshold is twice the throttle's limit: with the
                // defaults, one address can cause at most one five-minute lockout per half hour.
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 20;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
            })
            .AddEntityFrameworkStores<HostDbContext>()
            .AddSignInManager<TenantSignInManager>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // SessionValidator checks the stamp on every request; this interval only refreshes roles and claims.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".OrchardCustomers.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.CookieManager = new TenantCookieManager();
            o.LoginPath = "/Login";
            o.LogoutPath = "/Logout";
            o.AccessDeniedPath = "/Error/403";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = ValidateSessionAsync,
                OnRedirectToLogin = context => ApiProblem.IsApiRequest(context.Request)
                    ? ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required.", "Log in, or send 'Authorization: Bearer <token>'.")
                    : RedirectAsync(context),
                OnRedirectToAccessDenied = context =>
                {
                    if (ApiProblem.IsApiRequest(context.Request))
                    {
                        return ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden.", "Your user lacks the permission this endpoint requires.");
                    }

                    // No redirect: the status code page renders the 403 page at this very URL.
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Token or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        // Endpoints without an explicit rule need at least a logged-in user; the route tests demand a permission.
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<PermissionService>();
        services.AddScoped<RolePermissionStore>();
        services.AddSingleton<RoleDisplay>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<ApiTokenIdentities>();
        services.AddScoped<GrantGuard>();
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<SessionValidator>();
        AddLoginThrottle(services);
    }

    private static void AddLoginThrottle(IServiceCollection services)
    {
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.SectionName);
        services.AddSingleton<LoginAttemptTracker>();
        services.AddSingleton<UnknownUserPasswordHash>();
        services.AddScoped<PasswordLogin>();
        services.AddRateLimiter(o => o.AddPolicy<string, LoginThrottlePolicy>(LoginThrottlePolicy.Name));
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (!await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static Task RedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
