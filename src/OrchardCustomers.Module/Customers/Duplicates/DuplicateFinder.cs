using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Duplicates;

/// <summary>
/// Other customers that look like this one: the same VAT ID, email or IBAN, or a very similar name at the same
/// postcode. Found through the indexed customer keys, so a check costs a few lookups whatever the list's size.
/// </summary>
public sealed class DuplicateFinder(CrmDbContext db)
{
    private const int MaxCandidatesPerPostcode = 500;

    public async Task<IReadOnlyList<DuplicateMatch>> FindAsync(Customer customer, IReadOnlyList<CustomerKey> keys, CancellationToken cancellationToken = default)
    {
        var matches = new List<DuplicateMatch>();
        foreach (var (kind, reason) in new[] { (CustomerKeyKind.VatId, DuplicateReason.SameVatId), (CustomerKeyKind.Email, DuplicateReason.SameEmail), (CustomerKeyKind.Iban, DuplicateReason.SameIban) })
        {
            var values = keys.Where(k => k.Kind == kind).Select(k => k.Value).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var found = await (
                from key in db.CustomerKeys
                join other in db.Customers on key.CustomerId equals other.Id
                where key.Kind == kind && values.Contains(key.Value) && other.Id != customer.Id
                orderby other.Id
                select new { other.Id, other.DisplayName, other.Number, key.Value }).Take(20).ToListAsync(cancellationToken);
            matches.AddRange(found.Select(f => new DuplicateMatch(f.Id, f.DisplayName, f.Number, reason, f.Value)));
        }

        var postcodes = keys.Where(k => k.Kind == CustomerKeyKind.PostalCode).Select(k => k.Value).ToList();
        if (postcodes.Count > 0 && customer.DisplayName.Length > 0)
        {
            var neighbours = await (
                from key in db.CustomerKeys
                join other in db.Customers on key.CustomerId equals other.Id
                where key.Kind == CustomerKeyKind.PostalCode && postcodes.Contains(key.Value) && other.Id != customer.Id
                // The oldest first, so that a postcode with more candidates than we read always yields the same ones.
                orderby other.Id
                select new { other.Id, other.DisplayName, other.Number, key.Value }).Take(MaxCandidatesPerPostcode).ToListAsync(cancellationToken);
            matches.AddRange(neighbours
                .Where(n => NameSimilarity.Of(n.DisplayName, customer.DisplayName) >= NameSimilarity.Threshold)
                .Select(n => new DuplicateMatch(n.Id, n.DisplayName, n.Number, DuplicateReason.SimilarNameSamePostcode, n.Value)));
        }

        return [.. matches.DistinctBy(m => (m.CustomerId, m.Reason))];
    }
}
