using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>Replaces the host's greeting, in tenants where the sample feature is enabled only.</summary>
[Feature(SampleFeature.Id)]
public sealed class SampleGreeting : IGreeting
{
    public string From => SampleFeature.Id;
}
