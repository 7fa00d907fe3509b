using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Customers.Admin.List;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Panel;
using OrchardCustomers.Module.Customers.Permissions;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>The customer list, its side panel and its bulk actions.</summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers")]
public sealed class CustomersController(
    CustomerListService list,
    CustomerListColumns listColumns,
    CustomerListFilters listFilters,
    CustomerService customers,
    CustomerPanelBuilder panels,
    PermissionService permissions,
    SiteService site,
    CrmDbContext db,
    CustomerListMenus menus,
    Notifier notifier,
    IStringLocalizer<CustomersController> S) : Controller
{
    [HttpGet("")]
    [RequirePermission("ViewCustomers")]
    public async Task<IActionResult> Index(
        string? q, string? sort, bool desc, string? status, string? kind, string? category, string? tag,
        DateOnly? createdFrom, DateOnly? createdTo, int? page, int? pageSize, string? after, string? before, string? columns, string[]? col, bool columnsChosen, long? panel,
        CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        var query = new CustomerListQuery
        {
            Q = q,
            Sort = Enum.TryParse<CustomerSort>(sort, ignoreCase: true, out var parsedSort) ? parsedSort : CustomerSort.Name,
            Desc = desc,
            Status = Enum.TryParse<CustomerStatusFilter>(status, ignoreCase: true, out var parsedStatus) ? parsedStatus : CustomerStatusFilter.Active,
            Kind = Enum.TryParse<CustomerKind>(kind, ignoreCase: true, out var parsedKind) ? parsedKind : null,
            Category = category,
            Tag = tag,
            CreatedFrom = createdFrom,
            CreatedTo = createdTo,
            Page = page ?? 1,
            PageSize = pageSize ?? settings.PageSize,
            After = after,
            Before = before,
            Filters = await listFilters.ReadAsync(key => Request.Query[key].FirstOrDefault(), cancellationToken),
        };

        // A crafted or outdated URL gets 400 and says which parameter is wrong; its links start again from a sane list.
        var errors = list.Check(query).Concat(await listFilters.CheckAsync(query.Filters, cancellationToken)).ToList();
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            query = query with
            {
                Page = 1,
                PageSize = Math.Clamp(query.PageSize, 1, CustomerListService.MaxPageSize),
                After = null,
                Before = null,
                CreatedFrom = errors.Any(e => e.Field == "createdFrom") ? null : query.CreatedFrom,
                CreatedTo = errors.Any(e => e.Field == "createdTo") ? null : query.CreatedTo,
                Status = Enum.IsDefined(query.Status) ? query.Status : CustomerStatusFilter.Active,
                Kind = query.Kind is { } k && !Enum.IsDefined(k) ? null : query.Kind,
                Filters = query.Filters.Where(f => !errors.Any(e => e.Field == f.Key)).ToDictionary(StringComparer.Ordinal),
            };
        }

        if (columnsChosen)
        {
            columns = string.Join(',', col ?? []);
        }

        var offered = await listColumns.GetAllAsync(cancellationToken);
        var chosen = ListColumns.Parse(columns ?? Request.Cookies[ListColumns.CookieName], offered.Select(c => c.Key));
        if (columns is not null)
        {
            Response.Cookies.Append(ListColumns.CookieName, string.Join(',', chosen), new CookieOptions
            {
                Path = Request.PathBase.HasValue ? Request.PathBase.Value : "/",
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
            });
        }

        var result = errors.Count > 0 ? new CustomerListPage([], 0, 1, query.PageSize, null, null) : await list.QueryAsync(query, cancellationToken);
        var chosenColumns = chosen.Select(key => offered.First(c => c.Key == key)).ToList();
        var panelContext = panel is { } panelId && await customers.FindAsync(panelId, cancellationToken) is { } opened
            ? await panels.BuildAsync(opened, User, Url, cancellationToken)
            : null;

        return View(new CustomerListViewModel
        {
            Query = query,
            Page = result,
            Columns = chosen,
            OfferedColumns = offered,
            ChosenColumns = chosenColumns,
            Cells = await CustomerListColumns.LoadAsync(chosenColumns, result.Items, cancellationToken),
            Filters = await listFilters.ViewsAsync(query.Filters, cancellationToken),
            Categories = await menus.GetCategoriesAsync(cancellationToken),
            Tags = await menus.GetTagsAsync(cancellationToken),
            IsEmpty = errors.Count == 0 && result.Total == 0 && !await db.Customers.AnyAsync(cancellationToken),
            Errors = errors,
            CanEdit = await permissions.IsGrantedAsync(User, CustomerPermissions.EditCustomers, cancellationToken),
            CanDelete = await permissions.IsGrantedAsync(User, CustomerPermissions.DeleteCustomers, cancellationToken),
            Panel = panelContext,
        });
    }

    /// <summary>The side panel alone, for the list's script to show without reloading the page.</summary>
    [HttpGet("{id:long}/Panel")]
    [RequirePermission("ViewCustomers")]
    public async Task<IActionResult> Panel(long id, CancellationToken cancellationToken)
    {
        var customer = await customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        return PartialView("~/Customers/Admin/Views/Panel/_Panel.cshtml", await panels.BuildAsync(customer, User, Url, cancellationToken));
    }

    /// <summary>Archive, restore, set a category or delete the checked rows; each row is checked on its own.</summary>
    [HttpPost("Bulk")]
    [RequirePermission("EditCustomers")]
    public async Task<IActionResult> Bulk(BulkActionForm form, CancellationToken cancellationToken)
    {
        var ids = form.Ids.Distinct().Take(500).ToList();
        if (ids.Count == 0)
        {
            notifier.Warning(S["Check the customers first."]);
            return Back(form.ReturnUrl);
        }

        if (form.Action == BulkAction.Delete && !await permissions.IsGrantedAsync(User, CustomerPermissions.DeleteCustomers, cancellationToken))
        {
            return Forbid();
        }

        if (form.Action == BulkAction.SetCategory && string.IsNullOrWhiteSpace(form.Category))
        {
            notifier.Warning(S["Enter the category to set."]);
            return Back(form.ReturnUrl);
        }

        var done = 0;
        var skipped = new List<string>();
        foreach (var id in ids)
        {
            var result = form.Action switch
            {
                BulkAction.Archive => await customers.ArchiveAsync(id, null, User, cancellationToken),
                BulkAction.Restore => await customers.RestoreAsync(id, null, User, cancellationToken),
                BulkAction.Delete => await customers.DeleteAsync(id, User, cancellationToken),
                _ => await SetCategoryAsync(id, form.Category!, cancellationToken),
            };
            if (result.Succeeded)
            {
                done++;
            }
            else if (result.Customer is { } customer)
            {
                skipped.Add(result.Status switch
                {
                    CustomerSaveStatus.ReadOnly => S["{0}: read-only", customer.DisplayName],
                    CustomerSaveStatus.Blocked => S["{0}: {1}", customer.DisplayName, string.Join(" ", result.Reasons)],
                    _ => S["{0}: {1}", customer.DisplayName, result.Status],
                });
            }
        }

        notifier.Success(S.Plural(done, "{0} customer changed.", "{0} customers changed."));
        if (skipped.Count > 0)
        {
            notifier.Warning(S["Left as they were: {0}", string.Join("; ", skipped)]);
        }

        return Back(form.ReturnUrl);
    }

    private async Task<CustomerSaveResult> SetCategoryAsync(long id, string category, CancellationToken cancellationToken)
    {
        var customer = await customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return new CustomerSaveResult(CustomerSaveStatus.NotFound);
        }

        var input = Editing.CustomerMapper.ToInput(customer);
        input.Category = category.Trim();
        return await customers.UpdateAsync(id, customer.Version, input, allowDuplicates: true, User, cancellationToken);
    }

    private IActionResult Back(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
}
