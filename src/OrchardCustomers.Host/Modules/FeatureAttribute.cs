namespace OrchardCustomers.Host.Modules;

/// <summary>
/// Binds a class (controller, startup, navigation provider, background task, recipe step, permission provider)
/// to the feature that brings it. It is active for a tenant only while that feature is enabled there.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
