using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>The customer form's own sections, in the order the form shows them (positions 100 apart, room between).</summary>
public static class CustomerFormSections
{
    public static IServiceCollection AddCustomerFormSections(this IServiceCollection services)
    {
        Add(services, "kind", 100, S => S["Kind of customer"], CustomerEditorViews.Kind);
        Add(services, "name", 200, S => S["Name"], CustomerEditorViews.Name);
        Add(services, "contact", 300, S => S["Contact"], CustomerEditorViews.Contact, CustomerFormBinding.DropEmptyEmailsAndPhones);
        Add(services, "addresses", 400, S => S["Addresses"], CustomerEditorViews.Addresses, CustomerFormBinding.DropEmptyAddresses);
        Add(services, "tax", 500, S => S["Tax"], CustomerEditorViews.Tax);
        Add(services, "billing", 600, S => S["Billing"], CustomerEditorViews.Billing);
        Add(services, "einvoicing", 700, S => S["E-invoicing (XRechnung, ZUGFeRD)"], CustomerEditorViews.EInvoicing, fold: new(
            f => !string.IsNullOrWhiteSpace(f.Input.BuyerReference) || !string.IsNullOrWhiteSpace(f.Input.ElectronicAddress) || !string.IsNullOrWhiteSpace(f.Input.ElectronicAddressScheme),
            ["Input.BuyerReference", "Input.ElectronicAddress"]));
        Add(services, "organisation", 800, S => S["Organisation"], CustomerEditorViews.Organisation, CustomerFormBinding.ReadTags);
        Add(services, "contacts", 900, S => S["Contact persons"], CustomerEditorViews.ContactPersons, CustomerFormBinding.DropEmptyContacts);
        // A required field never hides; a yes/no field that is "no" is not worth unfolding for.
        Add(services, "customfields", 1000, S => S["More"], CustomerEditorViews.CustomFields, CustomerFormBinding.ReadYesNoFields, new(
            f => f.CustomFields.Any(d => d.Required) || f.Input.CustomFields.Values.Any(v => !string.IsNullOrWhiteSpace(v) && v != "false"),
            ["Input.CustomFields"]));
        Add(services, "location", 1100, S => S["Location"], CustomerEditorViews.Location, fold: new(
            f => f.Input.Latitude is not null || f.Input.Longitude is not null, ["Input.Latitude", "Input.Longitude"]));
        Add(services, "readonly", 1200, S => S["Read-only"], CustomerEditorViews.ReadOnly);
        return services;
    }

    private static void Add(IServiceCollection services, string id, int position, Func<IStringLocalizer, string> title, string partialView, Action<CustomerEditorUpdateContext>? bind = null, CustomerFormFold? fold = null) =>
        services.AddScoped<ICustomerEditorSection>(sp =>
            new CustomerFormSection(id, position, title(sp.GetRequiredService<IStringLocalizer<CustomerFormSection>>()), partialView, bind, fold));
}
