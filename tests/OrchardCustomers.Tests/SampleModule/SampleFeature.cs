namespace OrchardCustomers.Tests.SampleModule;

public static class SampleFeature
{
    public const string Id = "Tests.Sample";
    public const string ExtraId = "Tests.SampleExtra";
}
