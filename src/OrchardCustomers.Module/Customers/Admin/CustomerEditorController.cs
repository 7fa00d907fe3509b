using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Editor;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Files;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>
/// The customer form, built from the editor sections of every enabled feature: errors next to their fields, duplicate
/// warnings, and no silent overwrites. The customer and every section's own data are saved in one transaction.
/// </summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers")]
[RequirePermission("EditCustomers")]
public sealed class CustomerEditorController(
    CustomerService customers,
    CustomerEditor editor,
    TenantDatabase database,
    CustomFieldService customFields,
    UserManager<User> users,
    CrmDbContext db,
    ContentFileStore files,
    Notifier notifier,
    IStringLocalizer<CustomerEditorController> S) : Controller
{
    [HttpGet("Create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(new CustomerInput { Addresses = [new AddressInput()] }, null, cancellationToken));

    [HttpPost("Create")]
    public async Task<IActionResult> Create(CustomerInput input, string? tagsText, bool allowDuplicates, CancellationToken cancellationToken)
    {
        await BindSectionsAsync(input, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await FormAsync(input, null, cancellationToken, tagsText));
        }

        // The outer transaction: CustomerService's own joins it, and the sections store their part inside it.
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var result = await customers.CreateAsync(input, allowDuplicates, User, cancellationToken);
        switch (result.Status)
        {
            case CustomerSaveStatus.Saved:
                await editor.SavedAsync(new CustomerEditorSavedContext(result.Customer!, Posted), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                notifier.Success(S["The customer {0} was created as {1}.", result.Customer!.DisplayName, result.Customer.Number]);
                WarnOf(result);
                return Redirect(Url.Content($"~/Admin/Customers?panel={result.Customer.Id}"));
            case CustomerSaveStatus.ReadOnly:
                return Forbid();
            default:
                AddErrors(result);
                return View("Edit", await FormAsync(input, null, cancellationToken, tagsText, result));
        }
    }

    [HttpGet("{id:long}/Edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var customer = await customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        if (customer.IsReadOnly && !await customers.MayEditReadOnlyAsync(User, cancellationToken))
        {
            notifier.Warning(S["{0} is read-only. Ask someone who may edit read-only customers.", customer.DisplayName]);
            return Redirect(Url.Content($"~/Admin/Customers?panel={id}"));
        }

        return View(await FormAsync(CustomerMapper.ToInput(customer), customer, cancellationToken));
    }

    [HttpPost("{id:long}/Edit")]
    public async Task<IActionResult> Edit(long id, CustomerInput input, int version, string? tagsText, bool allowDuplicates, CancellationToken cancellationToken)
    {
        var customer = await customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        await BindSectionsAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(input, customer, cancellationToken, tagsText, version: version));
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var result = await customers.UpdateAsync(id, version, input, allowDuplicates, User, cancellationToken);
        switch (result.Status)
        {
            case CustomerSaveStatus.Saved:
                await editor.SavedAsync(new CustomerEditorSavedContext(result.Customer!, Posted), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                notifier.Success(S["The customer {0} was saved.", result.Customer!.DisplayName]);
                WarnOf(result);
                return Redirect(Url.Content($"~/Admin/Customers?panel={id}"));
            case CustomerSaveStatus.ReadOnly:
                return Forbid();
            case CustomerSaveStatus.Conflict:
                ModelState.AddModelError("", S["Someone else saved this customer while you were editing. Your changes are not saved: reload to see theirs, then edit again."]);
                return View(await FormAsync(input, customer, cancellationToken, tagsText, result, version));
            default:
                AddErrors(result);
                return View(await FormAsync(input, customer, cancellationToken, tagsText, result, version));
        }
    }

    private IFormCollection Posted => Request.HasFormContentType ? Request.Form : FormCollection.Empty;

    /// <summary>Lets every section bind and check its part of the posted form; their errors go next to their fields.</summary>
    private async Task BindSectionsAsync(CustomerInput input, long? id, CancellationToken cancellationToken)
    {
        foreach (var error in await editor.UpdateAsync(new CustomerEditorUpdateContext(input, Posted, id), cancellationToken))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
    }

    private void AddErrors(CustomerSaveResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : "Input." + error.Field, error.Message);
        }

        // A content handler of another feature refused the save (Creating/Updating): its reasons head the form.
        foreach (var reason in result.Reasons)
        {
            ModelState.AddModelError("", reason);
        }
    }

    private async Task<CustomerFormViewModel> FormAsync(
        CustomerInput input,
        Models.Customer? customer,
        CancellationToken cancellationToken,
        string? tagsText = null,
        CustomerSaveResult? result = null,
        int? version = null)
    {
        var userList = await users.Users.Where(u => u.IsEnabled).OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
        var form = new CustomerFormViewModel
        {
            Input = input,
            Id = customer?.Id,
            Version = version ?? customer?.Version ?? 0,
            Number = customer?.Number,
            TagsText = tagsText ?? string.Join(", ", input.Tags),
            Duplicates = result?.Duplicates ?? [],
            Conflict = result?.Status == CustomerSaveStatus.Conflict,
            CanEditReadOnly = await customers.MayEditReadOnlyAsync(User, cancellationToken),
            CustomFields = await customFields.GetAllAsync(cancellationToken),
            Users = [.. userList.Select(u => (u.Id, u.UserName ?? u.Id))],
            Categories = await db.Customers.Where(c => c.Category != null).Select(c => c.Category!).Distinct().OrderBy(c => c).Take(200).ToListAsync(cancellationToken),
            HasPicture = customer is not null && await files.HasPictureAsync(CustomersFeature.ContentType, customer.Id, cancellationToken),
        };
        form.Sections = await editor.BuildAsync(new CustomerEditorContext(form, HttpMethods.IsPost(Request.Method) ? Posted : null), cancellationToken);
        return form;
    }

    private void WarnOf(CustomerSaveResult result)
    {
        foreach (var warning in result.Warnings)
        {
            notifier.Warning(warning);
        }
    }
}
