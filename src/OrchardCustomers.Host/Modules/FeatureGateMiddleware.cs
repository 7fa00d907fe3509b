using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Modules;

/// <summary>Answers 404 for an endpoint whose feature is disabled in the current tenant: for that tenant it does not exist.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ShellContext shell)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<FeatureAttribute>();
        if (feature is not null && shell.HasTenant && shell.Settings.State == TenantState.Running)
        {
            // Loaded here, asynchronously, for a feature's endpoints; services switched per feature (FeatureSwitch)
            // then find it without I/O. Host endpoints (health, login) do not pay for it, and a tenant whose database
            // is down still gets its health answer.
            var features = context.RequestServices.GetRequiredService<ShellFeaturesManager>();
            if (!(await features.GetEnabledAsync(context.RequestAborted)).Contains(feature.FeatureId))
            {
                context.SetEndpoint(null);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        await next(context);
    }
}
