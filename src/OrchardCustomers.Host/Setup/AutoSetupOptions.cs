namespace OrchardCustomers.Host.Setup;

/// <summary>The <c>OrchardCustomers_AutoSetup</c> configuration section, shaped like Orchard's <c>OrchardCore_AutoSetup</c>.</summary>
public sealed class AutoSetupOptions
{
    public const string SectionName = "OrchardCustomers_AutoSetup";

    public List<AutoSetupTenant> Tenants { get; } = [];
}
