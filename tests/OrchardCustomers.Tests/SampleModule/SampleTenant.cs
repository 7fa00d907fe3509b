using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>The key of the current tenant in <see cref="SampleCodes"/>: its name and its database.</summary>
public sealed class SampleTenant(ShellContext shell, TenantDatabase database)
{
    public string Key { get; } = shell.Settings.Name + "|" + database.Settings.ConnectionString;
}
