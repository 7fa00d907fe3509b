using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SampleController(ShellContext shell) : Controller
{
    [HttpGet("Admin/Samples")]
    [RequirePermission("ViewSamples")]
    public IActionResult Index() => Content($"Samples of {shell.Settings.Name}");
}
