using OrchardCustomers.Host.Modules.Greeting;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;

namespace OrchardCustomers.Tests.Features;

/// <summary>A service a feature replaces or decorates is the feature's in tenants where it is enabled, and the host's elsewhere.</summary>
public abstract class FeatureServiceTests(MultiTenantSite fixture)
{
    private const string HostDefault = "OrchardCustomers.Host";

    [Fact]
    public async Task A_replaced_service_answers_where_its_feature_is_enabled_and_the_host_default_elsewhere()
    {
        await SwitchAsync("globex", enable: false, SampleFeature.Id);
        try
        {
            Assert.Equal(SampleFeature.Id, await GreetingFromAsync("Default"));
            Assert.Equal(HostDefault, await GreetingFromAsync("globex"));

            // Enabled within a scope, the feature's service answers there at once (recipes enable, then use).
            var fromScopeThatEnabled = await fixture.Site.InTenantAsync("globex", async sp =>
            {
                await sp.GetRequiredService<ShellFeaturesManager>().EnableAsync([SampleFeature.Id]);
                return sp.GetRequiredService<IGreeting>().From;
            });
            Assert.Equal(SampleFeature.Id, fromScopeThatEnabled);
        }
        finally
        {
            await SwitchAsync("globex", enable: true, SampleFeature.Id);
        }

        Assert.Equal(SampleFeature.Id, await GreetingFromAsync("globex"));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_dependent_features_startup_decorates_what_its_dependency_registered()
    {
        await SwitchAsync("acme", enable: true, SampleFeature.ExtraId);
        try
        {
            Assert.Equal($"{SampleFeature.Id}+{SampleFeature.ExtraId}", await GreetingFromAsync("acme"));
            Assert.Equal(SampleFeature.Id, await GreetingFromAsync("Default"));
        }
        finally
        {
            await SwitchAsync("acme", enable: false, SampleFeature.ExtraId);
        }

        Assert.Equal(SampleFeature.Id, await GreetingFromAsync("acme"));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task The_feature_recipe_step_enables_what_a_feature_needs_and_its_services_follow()
    {
        await SwitchAsync("globex", enable: false, SampleFeature.Id);
        try
        {
            await fixture.Site.InTenantAsync("globex", sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(
                RecipeParser.Parse($$"""{ "name": "extra", "steps": [ { "name": "feature", "enable": [ "{{SampleFeature.ExtraId}}" ] } ] }""", "test"),
                new Dictionary<string, object?>(),
                null,
                CancellationToken.None));

            var enabled = await fixture.Site.InTenantAsync("globex", sp => sp.GetRequiredService<ShellFeaturesManager>().GetEnabledAsync());
            Assert.Contains(SampleFeature.Id, enabled);
            Assert.Contains(SampleFeature.ExtraId, enabled);
            Assert.Equal($"{SampleFeature.Id}+{SampleFeature.ExtraId}", await GreetingFromAsync("globex"));
        }
        finally
        {
            await SwitchAsync("globex", enable: false, SampleFeature.ExtraId);
            await SwitchAsync("globex", enable: true, SampleFeature.Id);
        }

        fixture.Site.Errors.AssertEmpty();
    }

    private Task<string> GreetingFromAsync(string tenant) =>
        fixture.Site.InTenantAsync(tenant, sp => Task.FromResult(sp.GetRequiredService<IGreeting>().From));

    private Task SwitchAsync(string tenant, bool enable, string featureId) =>
        fixture.Site.InTenantAsync(tenant, async sp =>
        {
            var features = sp.GetRequiredService<ShellFeaturesManager>();
            _ = enable ? await features.EnableAsync([featureId]) : await features.DisableAsync([featureId]);
        });
}
