using System.Globalization;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Services;

/// <summary>
/// Derives from a customer's parts what lists sort, filter and search on: the display and sort names, the primary
/// email, the city, the search document and the lookup keys.
/// </summary>
public static class CustomerIndexer
{
    /// <summary>
    /// The version of what <see cref="Index"/> writes into the search document. Raise it when the document changes:
    /// <see cref="CustomerSearchRebuildTask"/> then re-indexes the existing customers (2: streets, contact persons'
    /// first names, phone numbers).
    /// </summary>
    public const int SearchVersion = 2;

    public static IReadOnlyList<CustomerKey> Index(Customer customer)
    {
        var name = customer.Name;
        customer.DisplayName = customer.Kind == CustomerKind.Company
            ? name.CompanyName ?? ""
            : string.IsNullOrWhiteSpace(name.FirstName) ? name.LastName ?? "" : $"{name.LastName}, {name.FirstName}";
        customer.SortName = Truncate(SearchText.Fold(customer.DisplayName), CustomerLimits.DisplayName);
        customer.PrimaryEmail = customer.Contact.Emails.FirstOrDefault()?.ToLowerInvariant() ?? "";
        var main = customer.Addresses.FirstOrDefault(a => a.Type == AddressType.Recipient && !a.IsEmpty) ?? customer.Addresses.FirstOrDefault(a => !a.IsEmpty);
        customer.City = main?.City;
        customer.PostalCode = main?.PostalCode;
        customer.Category = customer.Organisation.Category;

        customer.SearchText = SearchText.Document(
        [
            customer.DisplayName, name.CompanyName, name.FirstName, name.LastName, customer.Number,
            customer.DebtorNumber?.ToString(CultureInfo.InvariantCulture), customer.Tax.VatId, customer.Contact.BillingEmail,
            customer.Organisation.CompanyDetails?.CompanyName,
            .. customer.Contact.Emails,
            .. customer.Addresses.Select(a => a.City),
            .. customer.Addresses.Select(a => SearchText.Street(a.Street)),
            .. customer.Contacts.SelectMany(c => new[] { c.FirstName, c.LastName }),
            .. Phones(customer).SelectMany(p => PhoneSearch.Words(p.Number, p.E164)),
        ]) + " " + SearchText.StatusWord(customer.Status);

        var keys = new List<CustomerKey>();
        void Key(CustomerKeyKind kind, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                keys.Add(new CustomerKey { CustomerId = customer.Id, Kind = kind, Value = value.Trim().ToLowerInvariant() });
            }
        }

        foreach (var email in customer.Contact.Emails.Append(customer.Contact.BillingEmail))
        {
            Key(CustomerKeyKind.Email, email);
        }

        Key(CustomerKeyKind.VatId, customer.Tax.VatId);
        Key(CustomerKeyKind.Iban, customer.Billing.Sepa?.Iban);
        foreach (var address in customer.Addresses)
        {
            Key(CustomerKeyKind.PostalCode, address.PostalCode?.Replace(" ", "", StringComparison.Ordinal));
        }

        foreach (var tag in customer.Organisation.Tags)
        {
            Key(CustomerKeyKind.Tag, tag);
        }

        return [.. keys.DistinctBy(k => (k.Kind, k.Value))];
    }

    /// <summary>The customer's numbers and its contact persons'.</summary>
    private static IEnumerable<Phone> Phones(Customer customer) => customer.Contact.Phones.Concat(customer.Contacts.SelectMany(c => c.Phones));

    /// <summary>Folding can lengthen a name (ß becomes ss); the column holds the first part, which is what sorts anyway.</summary>
    private static string Truncate(string value, int length) =>
        value.Length <= length ? value : value[..(char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];
}
