using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Numbering;

namespace OrchardCustomers.Module.Customers.Numbering;

/// <summary>Customer numbers (K-00042) and DATEV debtor numbers (10042), each from its own range.</summary>
public sealed class CustomerNumbering(NumberSequenceService sequences, CrmDbContext db)
{
    public const string CustomerSequence = "CustomerNumber";
    public const string DebtorSequence = "DebtorNumber";

    public async Task<string> NextCustomerNumberAsync(CustomerSettings settings, CancellationToken cancellationToken)
    {
        while (true)
        {
            var value = await sequences.NextAsync(CustomerSequence, 1, cancellationToken);
            var number = NumberPattern.PrefixAndPadding(settings.NumberPrefix, settings.NumberPadding).Format(value, year: 0);
            if (!await db.Customers.AnyAsync(c => c.Number == number, cancellationToken))
            {
                return number;
            }
        }
    }

    /// <returns>The next debtor number not taken by hand, or null when the range is used up.</returns>
    public async Task<int?> NextDebtorNumberAsync(CustomerSettings settings, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await sequences.NextWithinAsync(DebtorSequence, settings.DebtorRangeStart, settings.DebtorRangeEnd, cancellationToken) is not { } value)
            {
                return null;
            }

            var number = (int)value;
            if (!await db.Customers.AnyAsync(c => c.DebtorNumber == number, cancellationToken))
            {
                return number;
            }
        }
    }

    /// <summary>Customers whose debtor number lies in the range: the part of it that is used.</summary>
    public Task<int> CountDebtorNumbersAsync(CustomerSettings settings, CancellationToken cancellationToken) =>
        db.Customers.CountAsync(c => c.DebtorNumber >= settings.DebtorRangeStart && c.DebtorNumber <= settings.DebtorRangeEnd, cancellationToken);

    public Task<int> CountCustomerNumbersAsync(CancellationToken cancellationToken) =>
        db.Customers.CountAsync(c => c.Number != "", cancellationToken);

    public Task<bool> IsDebtorNumberTakenAsync(int number, long exceptCustomerId, CancellationToken cancellationToken) =>
        db.Customers.AnyAsync(c => c.DebtorNumber == number && c.Id != exceptCustomerId, cancellationToken);
}
