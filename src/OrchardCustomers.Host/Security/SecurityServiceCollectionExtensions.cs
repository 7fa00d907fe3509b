using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Authentication;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>Chooses the bearer-token handler or the cookie per request.</summary>
    public const string SmartScheme = "OrchardCustomers";

    public static void AddTenantSecurity(this IServiceCollection services)
    {
        services.AddIdentity<User, Role>(o =>
            {
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
            })
            .AddEntityFrameworkStores<HostDbContext>()
            .AddSignInManager<TenantSignInManager>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

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
                OnValidatePrincipal = ValidateTenantAsync,
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
        services.AddScoped<ApiTokenService>();
        services.AddScoped<GrantGuard>();
        services.AddScoped<AdministratorGuard>();
    }

    private static async Task ValidateTenantAsync(CookieValidatePrincipalContext context)
    {
        var shell = context.HttpContext.RequestServices.GetRequiredService<ShellContext>();
        var tenant = context.Principal?.FindFirst(TenantClaimTypes.Tenant)?.Value;
        if (!shell.HasTenant || !string.Equals(tenant, shell.Settings.Name, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
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
