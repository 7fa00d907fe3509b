using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Numbering;

/// <summary>
/// Takes the next value of a number range with one statement, inside the caller's transaction: the row stays locked
/// until the customer is saved, and a failed save gives the number back.
/// </summary>
public sealed class NumberSequenceService(CrmDbContext db)
{
    public async Task<long> NextAsync(string name, long start, CancellationToken cancellationToken = default)
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
        command.CommandText = """UPDATE "NumberSequences" SET "NextValue" = "NextValue" + 1 WHERE "Name" = @name RETURNING "NextValue" - 1""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
