using System.Reflection;

namespace OrchardCustomers.Host;

/// <summary>Collects the modules and themes that the site wires into the host.</summary>
public sealed class OrchardCustomersHostBuilder
{
    internal List<Assembly> Modules { get; } = [];

    internal List<Assembly> Themes { get; } = [];

    /// <summary>A module: its <c>[assembly: ModuleFeature]</c> declarations, feature startups, controllers, views and translations.</summary>
    public OrchardCustomersHostBuilder AddModule(Assembly assembly)
    {
        if (!Modules.Contains(assembly))
        {
            Modules.Add(assembly);
        }

        return this;
    }

    /// <summary>A theme: layouts, partials, static files and translations.</summary>
    public OrchardCustomersHostBuilder AddTheme(Assembly assembly)
    {
        if (!Themes.Contains(assembly))
        {
            Themes.Add(assembly);
        }

        return this;
    }
}
