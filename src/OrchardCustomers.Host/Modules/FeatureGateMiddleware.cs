using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Modules;

/// <summary>Answers 404 for an endpoint whose feature is disabled in the current tenant: for that tenant it does not exist.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ShellContext shell)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<FeatureAttribute>();
        if (shell.HasTenant && shell.Settings.State == TenantState.Running)
        {
            // Loaded for every request, so that services switched per feature (FeatureSwitch) find it without I/O.
            var features = context.RequestServices.GetRequiredService<ShellFeaturesManager>();
            var enabled = await features.GetEnabledAsync(context.RequestAborted);
            if (feature is not null && !enabled.Contains(feature.FeatureId))
            {
                context.SetEndpoint(null);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        await next(context);
    }
}
