using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Tests.Features;

/// <summary>Startups run dependencies first, then by feature id, whatever order reflection found them in.</summary>
public sealed class FeatureStartupOrderTests
{
    private static readonly FeatureCatalog Catalog = new(
        [],
        [
            new ModuleFeatureAttribute { Id = "Order.B.Base", Name = "Base" },
            new ModuleFeatureAttribute { Id = "Order.A.Dependent", Name = "Dependent", Dependencies = ["Order.B.Base"] },
            new ModuleFeatureAttribute { Id = "Order.C.Other", Name = "Other" },
        ]);

    [Fact]
    public void A_dependency_starts_before_the_feature_that_needs_it_even_when_its_id_sorts_after()
    {
        Assert.Equal(
            [typeof(BaseStartup), typeof(DependentStartup), typeof(OtherStartup)],
            FeatureStartupOrder.Sort(Catalog, [typeof(OtherStartup), typeof(DependentStartup), typeof(BaseStartup)]));
        Assert.Equal(
            [typeof(BaseStartup), typeof(DependentStartup), typeof(OtherStartup)],
            FeatureStartupOrder.Sort(Catalog, [typeof(BaseStartup), typeof(OtherStartup), typeof(DependentStartup)]));
    }

    [Fact]
    public void A_startup_of_an_undeclared_feature_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FeatureStartupOrder.Sort(Catalog, [typeof(UndeclaredStartup)]));
        Assert.Contains("'Order.Missing'", error.Message, StringComparison.Ordinal);
    }

    [Feature("Order.B.Base")]
    private sealed class BaseStartup : EmptyStartup;

    [Feature("Order.A.Dependent")]
    private sealed class DependentStartup : EmptyStartup;

    [Feature("Order.C.Other")]
    private sealed class OtherStartup : EmptyStartup;

    [Feature("Order.Missing")]
    private sealed class UndeclaredStartup : EmptyStartup;

    private abstract class EmptyStartup : FeatureStartup
    {
        public override void ConfigureServices(IServiceCollection services)
        {
        }
    }
}
