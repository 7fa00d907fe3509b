using System.Reflection;

namespace OrchardCustomers.HttpBench.Running;

/// <summary>The site as src/OrchardCustomers.Web builds it, in the configuration this bench was built in (Release).</summary>
public static class SiteExecutable
{
    public static string Find()
    {
        var configuration = typeof(SiteExecutable).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        if (configuration != "Release")
        {
            throw new InvalidOperationException($"The bench was built as {configuration}: run it with -c Release, so that the site runs in Release too.");
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OrchardCustomers.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException($"No OrchardCustomers.sln above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(folder.FullName, "src", "OrchardCustomers.Web", "bin", configuration, "net10.0", "OrchardCustomers.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: the bench's build should have built it.");
    }
}
