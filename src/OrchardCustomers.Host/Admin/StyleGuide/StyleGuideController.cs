using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.StyleGuide;

/// <summary>
/// The living style guide: every component of TheAdmin with the markup a screen uses and when to use it. For those
/// who build or judge screens, so it sits behind the permission that guards the site's settings.
/// </summary>
[Route("Admin/StyleGuide")]
public sealed class StyleGuideController : Controller
{
    [HttpGet("")]
    [RequirePermission("ManageSettings")]
    public IActionResult Index() => View();
}
