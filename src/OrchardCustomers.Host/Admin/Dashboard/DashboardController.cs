using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Admin.Navigation;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Dashboard;

[Route("Admin")]
public sealed class DashboardController(NavigationManager navigation) : Controller
{
    [HttpGet("")]
    [RequirePermission("AccessAdminPanel")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var menu = await navigation.BuildMenuAsync("admin", User, cancellationToken);
        return View(menu.Where(i => i.Id != "dashboard").ToList());
    }
}
