using System.Data.Common;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>The ADO.NET plumbing the hand-written queries share: a pooled connection, the count, then the page.</summary>
public abstract class RawListSql(Func<DbConnection> connect)
{
    protected async Task<PageResult> CountAndPageAsync(string countSql, string pageSql, params (string Name, object Value)[] parameters)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        long total;
        await using (var count = Command(connection, countSql, parameters))
        {
            total = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var ids = new List<long>();
        await using var page = Command(connection, pageSql, parameters);
        await using var reader = await page.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            // Every column is read, as the service materialises every column of a row.
            reader.GetValues(values);
            ids.Add(reader.GetInt64(0));
        }

        return new PageResult(ids, total);
    }

    protected async Task<(string SortName, long Id)> FirstRowAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetInt64(1)) : throw new InvalidOperationException("No such row.");
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
