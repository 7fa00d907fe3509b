using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Customers.Services;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>Archive, restore and delete one customer, from the panel or the row menu.</summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers/{id:long}")]
public sealed class CustomerLifecycleController(CustomerService customers, Notifier notifier, IStringLocalizer<CustomerLifecycleController> S) : Controller
{
    [HttpPost("Archive")]
    [RequirePermission("EditCustomers")]
    public async Task<IActionResult> Archive(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await customers.ArchiveAsync(id, null, User, cancellationToken);
        Report(result, S["{0} was archived. It is hidden from the list until you restore it.", result.Customer?.DisplayName ?? ""]);
        return Back(returnUrl, id);
    }

    [HttpPost("Restore")]
    [RequirePermission("EditCustomers")]
    public async Task<IActionResult> Restore(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await customers.RestoreAsync(id, null, User, cancellationToken);
        Report(result, S["{0} was restored.", result.Customer?.DisplayName ?? ""]);
        return Back(returnUrl, id);
    }

    [HttpPost("Delete")]
    [RequirePermission("DeleteCustomers")]
    public async Task<IActionResult> Delete(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await customers.DeleteAsync(id, User, cancellationToken);
        if (result.Status == CustomerSaveStatus.Blocked)
        {
            notifier.Error(S["{0} cannot be deleted: {1} Archive it instead: it disappears from the list and keeps its history.", result.Customer!.DisplayName, string.Join(" ", result.Reasons)]);
            return Back(returnUrl, id);
        }

        Report(result, S["{0} was deleted.", result.Customer?.DisplayName ?? ""]);
        return Back(returnUrl, null);
    }

    private void Report(CustomerSaveResult result, string success)
    {
        switch (result.Status)
        {
            case CustomerSaveStatus.Saved:
                notifier.Success(success);
                break;
            case CustomerSaveStatus.ReadOnly:
                notifier.Error(S["{0} is read-only. Ask someone who may edit read-only customers.", result.Customer!.DisplayName]);
                break;
            case CustomerSaveStatus.Conflict:
                notifier.Error(S["Someone else changed the customer at the same moment. Try again."]);
                break;
            default:
                notifier.Error(S["There is no such customer."]);
                break;
        }
    }

    private IActionResult Back(string? returnUrl, long? panel) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : Redirect(Url.Content(panel is null ? "~/Admin/Customers" : $"~/Admin/Customers?panel={panel}&status=all"));
}
