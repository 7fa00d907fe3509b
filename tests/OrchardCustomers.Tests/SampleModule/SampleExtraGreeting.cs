using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>Decorates whatever greeting the sample feature left: it shows that the extra's startup ran after the sample's.</summary>
[Feature(SampleFeature.ExtraId)]
public sealed class SampleExtraGreeting(IGreeting inner) : IGreeting
{
    public string From => inner.From + "+" + SampleFeature.ExtraId;
}
