using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace OrchardCustomers.Host.Mvc;

/// <summary>
/// Finds a controller's views in its feature folder: a controller in <c>OrchardCustomers.Host.Security.Users</c> renders
/// <c>/Security/Users/Views/{action}.cshtml</c>. Shared layouts and partials stay in <c>/Views/Shared</c>.
/// </summary>
public sealed class FeatureFolderViewLocationExpander : IViewLocationExpander
{
    private const string FolderKey = "feature-folder";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            context.Values[FolderKey] = FolderOf(action.ControllerTypeInfo);
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FolderKey, out var folder) && !string.IsNullOrEmpty(folder))
        {
            yield return $"/{folder}/Views/{{0}}.cshtml";
            yield return $"/{folder}/Views/{{1}}/{{0}}.cshtml";
        }

        yield return "/Views/Shared/{0}.cshtml";
    }

    internal static string FolderOf(Type type)
    {
        var root = type.Assembly.GetName().Name ?? "";
        var ns = type.Namespace ?? "";
        return ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Replace('.', '/') : "";
    }
}
