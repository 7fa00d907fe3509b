using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace OrchardCustomers.Host.Mvc;

/// <summary>
/// Refuses to start when a module's controller does not say which feature it belongs to: such a controller could not
/// be switched off per tenant.
/// </summary>
public sealed class ModuleControllerConvention(IReadOnlyList<Assembly> moduleAssemblies) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        var missing = application.Controllers
            .Where(c => moduleAssemblies.Contains(c.ControllerType.Assembly) && c.ControllerType.GetCustomAttribute<Modules.FeatureAttribute>() is null)
            .Select(c => c.ControllerType.FullName)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"These module controllers need a [Feature(\"…\")] attribute: {string.Join(", ", missing)}.");
        }
    }
}
