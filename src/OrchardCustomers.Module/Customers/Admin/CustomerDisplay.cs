using System.Globalization;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>How customer data reads in the admin: the tenant's time zone, the user's language, German formats.</summary>
public sealed class CustomerDisplay(SiteService site, IStringLocalizer<CustomerDisplay> S)
{
    private TimeZoneInfo? _zone;

    public async Task<string> TimeAsync(DateTime utc)
    {
        _zone ??= (await site.GetAsync()).TimeZone;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString("g", CultureInfo.CurrentCulture);
    }

    public async Task<string> DateAsync(DateTime utc)
    {
        _zone ??= (await site.GetAsync()).TimeZone;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString("d", CultureInfo.CurrentCulture);
    }

    public string Kind(CustomerKind kind) => kind == CustomerKind.Company ? S["Company"] : S["Person"];

    public string Status(CustomerStatus status) => status == CustomerStatus.Active ? S["Active"] : S["Archived"];

    public string AddressType(AddressType type) => type switch
    {
        Models.AddressType.Billing => S["Billing address"],
        Models.AddressType.Delivery => S["Delivery address"],
        _ => S["Recipient address"],
    };

    public string PhoneType(PhoneType type) => type switch
    {
        Models.PhoneType.Mobile => S["Mobile"],
        Models.PhoneType.Home => S["Home"],
        Models.PhoneType.Fax => S["Fax"],
        Models.PhoneType.Other => S["Other"],
        _ => S["Office"],
    };

    public string Salutation(Salutation salutation) => salutation switch
    {
        Models.Salutation.Mr => S["Mr"],
        Models.Salutation.Ms => S["Ms"],
        Models.Salutation.Diverse => S["Mx"],
        _ => "",
    };

    public string PaymentMethod(PaymentMethod method) => method switch
    {
        Models.PaymentMethod.SepaDirectDebit => S["SEPA direct debit"],
        Models.PaymentMethod.Card => S["Card"],
        Models.PaymentMethod.PayPal => "PayPal",
        Models.PaymentMethod.Cash => S["Cash"],
        _ => S["Bank transfer"],
    };

    public string Activity(ActivityKind kind) => kind switch
    {
        ActivityKind.Created => S["created"],
        ActivityKind.Updated => S["changed"],
        ActivityKind.Archived => S["archived"],
        ActivityKind.Restored => S["restored"],
        ActivityKind.Deleted => S["deleted"],
        ActivityKind.NoteAdded => S["added a note"],
        ActivityKind.NoteDeleted => S["deleted a note"],
        ActivityKind.FileAdded => S["added a file"],
        ActivityKind.FileDeleted => S["deleted a file"],
        _ => S["changed the picture"],
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("N0", CultureInfo.CurrentCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("N0", CultureInfo.CurrentCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.CurrentCulture) + " MB",
    };
}
