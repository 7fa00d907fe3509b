using OrchardCustomers.Host.Modules;
using OrchardCustomers.Tests.SampleModule;

// A module that lives in the test assembly: it proves that a module the host has never heard of plugs in, and gives
// the tests a feature to switch on and off.
[assembly: ModuleFeature(Id = SampleFeature.Id, Name = "Sample", Description = "A feature for tests.", Category = "Tests")]
[assembly: ModuleFeature(Id = SampleFeature.ExtraId, Name = "Sample extra", Description = "Depends on Sample.", Category = "Tests", Dependencies = [SampleFeature.Id])]
