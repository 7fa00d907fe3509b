using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
[Route("api/samples")]
public sealed class SampleApiController(ShellContext shell) : ApiControllerBase
{
    [HttpGet]
    [RequirePermission("ViewSamples")]
    public ActionResult<SampleResponse> List() => new SampleResponse(shell.Settings.Name, SampleStore.For(shell.Settings.Name));

    [HttpPost]
    [RequirePermission("EditSamples")]
    public IActionResult Create(SampleInput input)
    {
        SampleStore.Add(shell.Settings.Name, input.Text);
        return Created();
    }
}
