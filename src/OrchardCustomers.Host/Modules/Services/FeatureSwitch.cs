using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Modules.Services;

/// <summary>
/// Tells a service factory, synchronously, whether a feature is enabled in the scope's tenant. A request finds the
/// enabled features already loaded (FeatureGateMiddleware); other scopes (background work, recipes) read them on first
/// use. Without a running tenant no module feature is enabled, so the host's defaults answer.
/// </summary>
public sealed class FeatureSwitch(ShellContext shell, FeatureCatalog catalog, IServiceProvider services)
{
    private bool _reading;

    public bool IsEnabled(string featureId)
    {
        if (catalog.Find(featureId) is { IsAlwaysEnabled: true })
        {
            return true;
        }

        if (!shell.HasTenant || shell.Settings.State != TenantState.Running)
        {
            return false;
        }

        if (_reading)
        {
            throw new InvalidOperationException(
                $"Reading whether '{featureId}' is enabled needs a service that a feature replaces; the feature state's own services cannot be replaced per tenant.");
        }

        _reading = true;
        try
        {
            return services.GetRequiredService<ShellFeaturesManager>().IsEnabled(featureId);
        }
        finally
        {
            _reading = false;
        }
    }
}
