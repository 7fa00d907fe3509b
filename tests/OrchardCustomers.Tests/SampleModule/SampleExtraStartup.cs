using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;

namespace OrchardCustomers.Tests.SampleModule;

// Named so that reflection finds it before SampleStartup: it only works because startups run in dependency order.
[Feature(SampleFeature.ExtraId)]
public sealed class SampleExtraStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.Decorate<IGreeting>((_, inner) => new SampleExtraGreeting(inner));
}
