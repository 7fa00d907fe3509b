using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Module.Customers.Admin;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Shared.Formatting;
using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Module.Customers.History;

/// <summary>
/// The customer's history in a bookkeeper's words: "Zahlungsziel: 14 → 10 Tage", "Newsletter: Nein → Ja",
/// "Telefon 2: …" instead of the stored paths (paymentTermDays, customFields.Newsletter, phones[1].number).
/// </summary>
[Feature(CustomersFeature.Id)]
public sealed partial class CustomerHistoryLabels(
    CustomFieldService customFields,
    CustomerDisplay display,
    UserManager<User> users,
    IStringLocalizer<CustomerHistoryLabels> S) : IHistoryFieldLabels
{
    public string ContentType => CustomersFeature.ContentType;

    public async Task<IReadOnlyList<HistoryLine>> DescribeAsync(IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var fields = (await customFields.GetAllAsync(cancellationToken)).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var lines = new List<HistoryLine>(changes.Count);
        foreach (var change in changes)
        {
            if (await DescribeAsync(change, fields) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private async Task<HistoryLine?> DescribeAsync(FieldChange change, IReadOnlyDictionary<string, CustomFieldDefinition> fields)
    {
        var path = change.Field;
        if (path.StartsWith("customFields.", StringComparison.Ordinal))
        {
            var name = path["customFields.".Length..];
            return fields.TryGetValue(name, out var field)
                ? new HistoryLine(field.Label, CustomValue(field.Type, change.Old), CustomValue(field.Type, change.New))
                : new HistoryLine(name, change.Old, change.New);
        }

        // "contacts[1].phones[0].number": the key without positions, and the positions to number the label with.
        var positions = Index().Matches(path).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var key = Index().Replace(path, "[]");
        if (key is "contacts[].id")
        {
            return null;
        }

        if (key == "accountManagerId")
        {
            return new HistoryLine(S["Account manager"], await UserNameAsync(change.Old), await UserNameAsync(change.New));
        }

        var (label, kind) = Describe(key);
        if (label is null)
        {
            return new HistoryLine(path, change.Old, change.New);
        }

        label = Numbered(key, label, positions);
        return kind == HistoryValueKind.Days
            ? new HistoryLine(label, change.Old ?? "0", change.New ?? "0", S["days"])
            : new HistoryLine(label, Value(kind, change.Old), Value(kind, change.New));
    }

    /// <summary>The first of a list reads plainly ("Telefon"); the second on is numbered ("Telefon 2").</summary>
    private string Numbered(string key, string label, IReadOnlyList<int> positions)
    {
        if (key.StartsWith("contacts[]", StringComparison.Ordinal))
        {
            var person = positions[0] == 0 ? S["Contact person"].Value : S["Contact person {0}", positions[0] + 1].Value;
            var inner = positions.Count > 1 && positions[1] > 0 ? $"{label} {positions[1] + 1}" : label;
            return $"{person} – {inner}";
        }

        if (key.StartsWith("addresses[]", StringComparison.Ordinal))
        {
            var address = positions[0] == 0 ? S["Address"].Value : S["Address {0}", positions[0] + 1].Value;
            return $"{address} – {label}";
        }

        return positions.Count > 0 && positions[0] > 0 ? $"{label} {positions[0] + 1}" : label;
    }

    private (string? Label, HistoryValueKind Kind) Describe(string key) => key switch
    {
        "kind" => (S["Kind of customer"], HistoryValueKind.Kind),
        "companyName" => (S["Company name"], HistoryValueKind.Text),
        "salutation" or "contacts[].salutation" => (S["Salutation"], HistoryValueKind.Salutation),
        "title" => (S["Title"], HistoryValueKind.Text),
        "firstName" or "contacts[].firstName" => (S["First name"], HistoryValueKind.Text),
        "lastName" or "contacts[].lastName" => (S["Last name"], HistoryValueKind.Text),
        "debtorNumber" => (S["DATEV debtor number"], HistoryValueKind.Text),
        "emails[]" or "contacts[].emails[]" => (S["Email"], HistoryValueKind.Text),
        "billingEmail" => (S["Email for invoices"], HistoryValueKind.Text),
        "phones[].number" or "contacts[].phones[].number" => (S["Phone"], HistoryValueKind.Text),
        "phones[].type" or "contacts[].phones[].type" => (S["Phone type"], HistoryValueKind.PhoneType),
        "website" => (S["Website"], HistoryValueKind.Text),
        "addresses[].type" => (S["Kind of address"], HistoryValueKind.AddressType),
        "addresses[].street" => (S["Street and number"], HistoryValueKind.Text),
        "addresses[].extra" => (S["Address supplement"], HistoryValueKind.Text),
        "addresses[].postalCode" => (S["Postcode"], HistoryValueKind.Text),
        "addresses[].city" => (S["City"], HistoryValueKind.Text),
        "addresses[].country" => (S["Country"], HistoryValueKind.Text),
        "addresses[].isDefaultBilling" => (S["Default address for invoices"], HistoryValueKind.YesNo),
        "taxNumber" => (S["Tax number"], HistoryValueKind.Text),
        "vatId" => (S["VAT ID"], HistoryValueKind.Text),
        "language" => (S["Language of documents"], HistoryValueKind.Language),
        "currency" => (S["Currency"], HistoryValueKind.Text),
        "paymentTermDays" => (S["Payment term"], HistoryValueKind.Days),
        "paymentMethod" => (S["Payment method"], HistoryValueKind.PaymentMethod),
        "sepa.iban" => ("IBAN", HistoryValueKind.Iban),
        "sepa.bic" => ("BIC", HistoryValueKind.Text),
        "sepa.mandateReference" => (S["Mandate reference"], HistoryValueKind.Text),
        "sepa.mandateDate" => (S["Mandate signed on"], HistoryValueKind.Date),
        "sepa.scheme" => (S["SEPA scheme"], HistoryValueKind.Scheme),
        "buyerReference" => (S["Buyer reference or Leitweg-ID"], HistoryValueKind.Text),
        "electronicAddress" => (S["Electronic address"], HistoryValueKind.Text),
        "electronicAddressScheme" => (S["Scheme of the electronic address"], HistoryValueKind.Text),
        "category" => (S["Category"], HistoryValueKind.Text),
        "tags[]" => (S["Tag"], HistoryValueKind.Text),
        "companyDetails.companyName" => (S["Company"], HistoryValueKind.Text),
        "companyDetails.website" => (S["Company website"], HistoryValueKind.Text),
        "companyDetails.contactInformation" => (S["Contact information"], HistoryValueKind.Text),
        "contacts[].position" => (S["Position"], HistoryValueKind.Text),
        "contacts[].receivesInvoices" => (S["Receives invoices"], HistoryValueKind.YesNo),
        "contacts[].receivesReminders" => (S["Receives reminders"], HistoryValueKind.YesNo),
        "contacts[].receivesStatements" => (S["Receives statements"], HistoryValueKind.YesNo),
        "latitude" => (S["Latitude"], HistoryValueKind.Decimal),
        "longitude" => (S["Longitude"], HistoryValueKind.Decimal),
        "isReadOnly" => (S["Read-only"], HistoryValueKind.YesNo),
        _ => (null, HistoryValueKind.Text),
    };

    /// <summary>The history stores no "false" and no 0 (they are the defaults): an empty yes/no reads "No".</summary>
    private string? Value(HistoryValueKind kind, string? value) => kind switch
    {
        HistoryValueKind.YesNo => value == "true" ? S["Yes"] : S["No"],
        _ when value is null => null,
        HistoryValueKind.Kind => Enum.TryParse<CustomerKind>(value, true, out var k) ? display.Kind(k) : value,
        HistoryValueKind.Salutation => Enum.TryParse<Salutation>(value, true, out var s) ? NullIfEmpty(display.Salutation(s)) : value,
        HistoryValueKind.PhoneType => Enum.TryParse<PhoneType>(value, true, out var p) ? display.PhoneType(p) : value,
        HistoryValueKind.AddressType => Enum.TryParse<AddressType>(value, true, out var a) ? display.AddressType(a) : value,
        HistoryValueKind.PaymentMethod => Enum.TryParse<PaymentMethod>(value, true, out var m) ? display.PaymentMethod(m) : value,
        HistoryValueKind.Scheme => Enum.TryParse<SepaScheme>(value, true, out var sc) ? (sc == SepaScheme.B2B ? "B2B" : "CORE") : value,
        HistoryValueKind.Language => value switch { "de" => S["German"], "en" => S["English"], _ => value },
        HistoryValueKind.Iban => IbanDisplay.Group(value),
        HistoryValueKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("d", CultureInfo.CurrentCulture) : value,
        HistoryValueKind.Decimal => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n.ToString("0.#####", CultureInfo.CurrentCulture) : value,
        _ => value,
    };

    private string? CustomValue(CustomFieldType type, string? value) => type switch
    {
        CustomFieldType.YesNo => Value(HistoryValueKind.YesNo, value),
        CustomFieldType.Date => Value(HistoryValueKind.Date, value),
        CustomFieldType.Number => Value(HistoryValueKind.Decimal, value),
        _ => value,
    };

    private async Task<string?> UserNameAsync(string? id) =>
        id is null ? null : (await users.FindByIdAsync(id))?.UserName ?? id;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();
}
