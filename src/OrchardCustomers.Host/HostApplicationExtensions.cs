using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Headers;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host;

public static class HostApplicationExtensions
{
    /// <summary>The request pipeline: tenant first, then everything else as that tenant.</summary>
    public static WebApplication UseOrchardCustomersHost(this WebApplication app)
    {
        if (app.Services.GetService<Data.Diagnostics.QueryCountInterceptor>() is not null)
        {
            app.UseMiddleware<Data.Diagnostics.QueryCountMiddleware>();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error/500");
        }

        app.UseMiddleware<Health.DatabaseOutageMiddleware>();

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<Limits.RequestLimitsMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ApiCsrfGuardMiddleware>();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();

        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Anonymous callers (load balancers, monitors) learn the status only; the tenant's name, state and the checks'
    /// findings are for a user who may manage tenants (cookie or API token).
    /// </summary>
    private static async Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        var shell = context.RequestServices.GetRequiredService<ShellContext>();
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        if (!await MaySeeHealthDetailsAsync(context))
        {
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }), context.RequestAborted);
            return;
        }

        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            tenant = shell.HasTenant ? shell.Settings.Name : null,
            state = shell.HasTenant ? shell.Settings.State.ToString() : null,
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }), context.RequestAborted);
    }

    private static async Task<bool> MaySeeHealthDetailsAsync(HttpContext context)
    {
        var shell = context.RequestServices.GetRequiredService<ShellContext>();
        if (context.User.Identity?.IsAuthenticated != true || !shell.HasTenant || shell.Settings.State != TenantState.Running)
        {
            return false;
        }

        try
        {
            return await context.RequestServices.GetRequiredService<PermissionService>()
                .IsGrantedAsync(context.User, HostPermissions.ManageTenants, context.RequestAborted);
        }
        catch (DbException)
        {
            // The database the permissions live in is down: the log tells the operator, the response stays terse.
            return false;
        }
    }
}
