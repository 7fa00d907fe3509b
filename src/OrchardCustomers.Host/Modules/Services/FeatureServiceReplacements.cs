namespace OrchardCustomers.Host.Modules.Services;

/// <summary>
/// After a feature's startup ran: every registration it replaced (removed, then registered anew, as
/// <c>services.Replace</c> and <c>Decorate</c> do) becomes a switch that creates the feature's implementation in tenants
/// where the feature is enabled, and the one it replaced elsewhere. What cannot be switched per tenant is refused here,
/// at start-up, rather than leaking into tenants without the feature. Registrations added beside others (enumerable
/// contributions) are left alone: their consumers filter them with <c>ShellFeaturesManager.WhereEnabledAsync</c>.
/// </summary>
internal static class FeatureServiceReplacements
{
    public static void SwitchPerTenant(IServiceCollection services, string featureId, IReadOnlyCollection<ServiceDescriptor> before)
    {
        var now = new HashSet<ServiceDescriptor>(services, ReferenceEqualityComparer.Instance);
        var earlier = new HashSet<ServiceDescriptor>(before, ReferenceEqualityComparer.Instance);
        foreach (var removed in before.Where(d => !now.Contains(d)).GroupBy(d => d.ServiceType))
        {
            var serviceType = removed.Key;
            var previous = removed.ToList();
            var added = services.Where(d => d.ServiceType == serviceType && !earlier.Contains(d)).ToList();
            if (previous.Count != 1 || added.Count != 1)
            {
                throw Refuse(featureId, serviceType, $"it removes {previous.Count} registration(s) and adds {added.Count}; only one registration replaced by one can be switched, so that tenants without the feature keep what they had");
            }

            var (old, replacement) = (previous[0], added[0]);
            if (old.IsKeyedService || replacement.IsKeyedService || serviceType.IsGenericTypeDefinition)
            {
                throw Refuse(featureId, serviceType, "keyed and open generic services cannot be switched per tenant");
            }

            if (old.Lifetime == ServiceLifetime.Singleton || replacement.Lifetime == ServiceLifetime.Singleton)
            {
                throw Refuse(featureId, serviceType, "a singleton is shared by all tenants; register the default and the replacement as scoped or transient");
            }

            if (old.Lifetime != replacement.Lifetime)
            {
                throw Refuse(featureId, serviceType, $"the replacement is {replacement.Lifetime} but the registration it replaces is {old.Lifetime}; give both the same lifetime");
            }

            var whenEnabled = new ServiceDescriptorActivator(replacement);
            var otherwise = new ServiceDescriptorActivator(old);
            services[services.IndexOf(replacement)] = ServiceDescriptor.Describe(
                serviceType,
                sp => sp.GetRequiredService<FeatureSwitch>().IsEnabled(featureId) ? whenEnabled.Create(sp) : otherwise.Create(sp),
                replacement.Lifetime);
        }
    }

    private static InvalidOperationException Refuse(string featureId, Type serviceType, string why) =>
        new($"The feature '{featureId}' replaces the service {serviceType.FullName}, which cannot be switched per tenant: {why}.");
}
