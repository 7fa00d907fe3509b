using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host;

public static class HostApplicationExtensions
{
    /// <summary>The request pipeline: tenant first, then everything else as that tenant.</summary>
    public static WebApplication UseOrchardCustomersHost(this WebApplication app)
    {
        app.UseMiddleware<TenantResolutionMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error/500");
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<Limits.RequestLimitsMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();

        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        var shell = context.RequestServices.GetRequiredService<ShellContext>();
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            tenant = shell.HasTenant ? shell.Settings.Name : null,
            state = shell.HasTenant ? shell.Settings.State.ToString() : null,
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
