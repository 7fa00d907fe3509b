using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Numbering;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>Number ranges and custom fields of customers.</summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers/Settings")]
[RequirePermission("ManageCustomerSettings")]
public sealed class CustomerSettingsController(
    CustomerSettingsService settings,
    CustomFieldService customFields,
    CustomerNumbering numbering,
    Notifier notifier,
    IStringLocalizer<CustomerSettingsController> S) : Controller
{
    /// <param name="field">A custom field to change: the field form opens with its current values.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? field, CancellationToken cancellationToken)
    {
        var saved = await settings.GetAsync(cancellationToken);
        var fields = await customFields.GetAllAsync(cancellationToken);
        var editing = field is null ? null : fields.FirstOrDefault(f => f.Name == field);
        if (field is not null && editing is null)
        {
            return NotFound();
        }

        return View(new CustomerSettingsViewModel
        {
            Settings = saved,
            Fields = fields,
            NewField = editing is null ? new CustomFieldForm() : CustomFieldForm.From(editing),
            EditingField = editing?.Name,
            DebtorNumbersUsed = await numbering.CountDebtorNumbersAsync(saved, cancellationToken),
            CustomerNumbersUsed = await numbering.CountCustomerNumbersAsync(cancellationToken),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Settings")] CustomerSettings model, CancellationToken cancellationToken)
    {
        foreach (var error in model.Validate(new ValidationContext(model)))
        {
            foreach (var member in error.MemberNames)
            {
                ModelState.AddModelError("Settings." + member, S[error.ErrorMessage ?? ""]);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(new CustomerSettingsViewModel { Settings = model, Fields = await customFields.GetAllAsync(cancellationToken) });
        }

        // Saved as it stands, nothing is written: not even the settings' time stamp moves.
        if (JsonSerializer.Serialize(await settings.GetAsync(cancellationToken)) != JsonSerializer.Serialize(model))
        {
            await settings.SaveAsync(model, cancellationToken);
        }

        notifier.Success(S["The number ranges were saved."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("Fields")]
    public async Task<IActionResult> SaveField([Bind(Prefix = "NewField")] CustomFieldForm form, CancellationToken cancellationToken)
    {
        var options = (form.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (form.Type == CustomFieldType.Choice && options.Count == 0)
        {
            ModelState.AddModelError("NewField.Options", S["A choice field needs at least one value, one per line."]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), new CustomerSettingsViewModel
            {
                Settings = await settings.GetAsync(cancellationToken),
                Fields = await customFields.GetAllAsync(cancellationToken),
                NewField = form,
            });
        }

        await customFields.SaveAsync(new CustomFieldDefinition
        {
            Name = form.Name,
            Label = form.Label.Trim(),
            Type = form.Type,
            Options = form.Type == CustomFieldType.Choice ? options : [],
            Required = form.Required,
            ShowInList = form.ShowInList,
            Hint = string.IsNullOrWhiteSpace(form.Hint) ? null : form.Hint.Trim(),
            Position = form.Position,
        }, cancellationToken);
        notifier.Success(S["The field {0} was saved.", form.Label]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("Fields/{name}/Delete")]
    public async Task<IActionResult> DeleteField(string name, CancellationToken cancellationToken)
    {
        if (!await customFields.DeleteAsync(name, cancellationToken))
        {
            return NotFound();
        }

        notifier.Success(S["The field {0} was removed. Values already entered stay stored but are no longer shown.", name]);
        return RedirectToAction(nameof(Index));
    }
}
