using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Dashboard;

[Route("Admin")]
public sealed class DashboardController(DashboardWidgets widgets) : Controller
{
    [HttpGet("")]
    [RequirePermission("AccessAdminPanel")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await widgets.BuildAsync(User, cancellationToken));
}
