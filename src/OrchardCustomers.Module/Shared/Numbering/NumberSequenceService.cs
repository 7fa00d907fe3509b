using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Shared.Numbering;

/// <summary>
/// Takes the next value of a number range with one statement, inside the caller's transaction: the row stays locked
/// until the item is saved, and a failed save gives the number back (no gaps). Any feature may own ranges; name them
/// after the feature ("InvoiceNumber").
/// </summary>
public sealed class NumberSequenceService(CrmDbContext db, SiteService site, TimeProvider clock)
{
    /// <summary>
    /// The next number in <paramref name="pattern"/>'s shape, e.g. RE-2027-0001. A pattern with a year counts each
    /// year (in the site's time zone) from <paramref name="start"/> again.
    /// </summary>
    public async Task<string> NextNumberAsync(string name, NumberPattern pattern, long start = 1, CancellationToken cancellationToken = default)
    {
        var zone = (await site.GetAsync(cancellationToken)).TimeZone;
        var year = NumberPattern.YearAt(clock.GetUtcNow(), zone);
        var value = await NextAsync(pattern.SequenceName(name, year), start, cancellationToken);
        return pattern.Format(value, year);
    }

    public async Task<long> NextAsync(string name, long start, CancellationToken cancellationToken = default) =>
        await NextWithinAsync(name, start, long.MaxValue, cancellationToken)
            ?? throw new InvalidOperationException($"The number range {name} is used up.");

    /// <returns>The next value up to <paramref name="end"/>, or null when the range is used up; a used-up range takes
    /// nothing, so that the range, once widened, goes on without a gap.</returns>
    public async Task<long?> NextWithinAsync(string name, long start, long end, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "NumberSequences" ("Name", "NextValue") VALUES ({name}, {start}) ON CONFLICT ("Name") DO NOTHING""", cancellationToken);
        // A range moved upwards in the settings starts at its new beginning.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "NumberSequences" SET "NextValue" = {start} WHERE "Name" = {name} AND "NextValue" < {start}""", cancellationToken);

        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """UPDATE "NumberSequences" SET "NextValue" = "NextValue" + 1 WHERE "Name" = @name AND "NextValue" <= @end RETURNING "NextValue" - 1""";
        var nameParameter = command.CreateParameter();
        nameParameter.ParameterName = "name";
        nameParameter.Value = name;
        command.Parameters.Add(nameParameter);
        var endParameter = command.CreateParameter();
        endParameter.ParameterName = "end";
        endParameter.Value = end;
        command.Parameters.Add(endParameter);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
