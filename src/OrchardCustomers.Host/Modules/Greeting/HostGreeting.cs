namespace OrchardCustomers.Host.Modules.Greeting;

public sealed class HostGreeting : IGreeting
{
    public string From => FeatureIds.Host;
}
