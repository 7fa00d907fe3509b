namespace OrchardCustomers.Host.Modules;

public static class FeatureIds
{
    /// <summary>The host's own feature: always enabled, it owns users, roles, recipes and the admin shell.</summary>
    public const string Host = "OrchardCustomers.Host";
}
