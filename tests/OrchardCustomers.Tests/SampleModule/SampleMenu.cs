using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Navigation;
using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SampleMenu(IStringLocalizer<SampleMenu> S) : INavigationProvider
{
    public ValueTask BuildNavigationAsync(string name, NavigationBuilder builder)
    {
        if (name == "admin")
        {
            builder.Add(S["Samples"], "Admin/Samples", "10", SamplePermissions.ViewSamples, id: "samples", shortcut: "s n");
        }

        return ValueTask.CompletedTask;
    }
}
