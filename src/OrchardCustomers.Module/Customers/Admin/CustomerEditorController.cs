using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>The customer form: errors next to their fields, duplicate warnings, and no silent overwrites.</summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers")]
[RequirePermission("EditCustomers")]
public sealed class CustomerEditorController(
    CustomerService customers,
    CustomFieldService customFields,
    UserManager<User> users,
    CrmDbContext db,
    Notifier notifier,
    IStringLocalizer<CustomerEditorController> S) : Controller
{
    [HttpGet("Create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(new CustomerInput { Addresses = [new AddressInput()] }, null, cancellationToken));

    [HttpPost("Create")]
    public async Task<IActionResult> Create(CustomerInput input, string? tagsText, bool allowDuplicates, CancellationToken cancellationToken)
    {
        Prepare(input, tagsText);
        if (!ModelState.IsValid)
        {
            return View("Edit", await FormAsync(input, null, cancellationToken, tagsText));
        }

        var result = await customers.CreateAsync(input, allowDuplicates, User, cancellationToken);
        switch (result.Status)
        {
            case CustomerSaveStatus.Saved:
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

        Prepare(input, tagsText);
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(input, customer, cancellationToken, tagsText, version: version));
        }

        var result = await customers.UpdateAsync(id, version, input, allowDuplicates, User, cancellationToken);
        switch (result.Status)
        {
            case CustomerSaveStatus.Saved:
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

    /// <summary>Drops the empty rows the form always offers, and turns the tags text into tags.</summary>
    private static void Prepare(CustomerInput input, string? tagsText)
    {
        input.Emails = [.. input.Emails.Where(e => !string.IsNullOrWhiteSpace(e))];
        input.Phones = [.. input.Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number))];
        input.Addresses = [.. input.Addresses.Where(a => !a.IsEmpty)];
        input.Contacts = [.. input.Contacts.Where(c => !c.IsEmpty)];
        input.Contacts.ForEach(c => c.DropEmptySlots());
        input.Tags = [.. (tagsText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private void AddErrors(CustomerSaveResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : "Input." + error.Field, error.Message);
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
        return new CustomerFormViewModel
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
            HasPicture = customer is not null && await db.CustomerPictures.AnyAsync(p => p.CustomerId == customer.Id, cancellationToken),
        };
    }

    private void WarnOf(CustomerSaveResult result)
    {
        foreach (var warning in result.Warnings)
        {
            notifier.Warning(warning);
        }
    }
}
