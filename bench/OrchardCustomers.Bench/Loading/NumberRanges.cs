using System.Data.Common;

namespace OrchardCustomers.Bench.Loading;

/// <summary>Moves the tenant's number ranges past the loaded customers, so that a customer created later gets a free number.</summary>
public static class NumberRanges
{
    public static async Task AdvanceAsync(DbConnection connection, long count)
    {
        await using var command = connection.CreateCommand();
        // Debtor numbers were given to the first 60,000 customers (10000–69999).
        command.CommandText = $"""
            INSERT INTO "NumberSequences" ("Name", "NextValue") VALUES ('CustomerNumber', {count + 1}), ('DebtorNumber', {Math.Min(count, 60_000) + 10_000})
            ON CONFLICT ("Name") DO UPDATE SET "NextValue" = excluded."NextValue"
            """;
        await command.ExecuteNonQueryAsync();
    }
}
