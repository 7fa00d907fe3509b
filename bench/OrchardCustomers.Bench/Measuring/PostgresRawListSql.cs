using Npgsql;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>PostgreSQL by hand: the GIN-indexed tsvector, row-value comparisons for the keyset, the same B-tree indexes.</summary>
public sealed class PostgresRawListSql(string connectionString) : RawListSql(() => new NpgsqlConnection(connectionString)), IRawListSql
{
    private const string Active = """c."Status" = 'Active'""";

    public Task<PageResult> SearchByNameAsync(IReadOnlyList<IReadOnlyList<string>> terms, int pageSize) => CountAndPageAsync(
        $"""SELECT count(*) FROM "Customers" c WHERE c."SearchVector" @@ to_tsquery('simple', @match) AND {Active}""",
        $"""SELECT {IRawListSql.Columns} FROM "Customers" c WHERE c."SearchVector" @@ to_tsquery('simple', @match) AND {Active} ORDER BY c."SortName", c."Id" LIMIT @size""",
        ("match", FullTextQuery.ForPostgres(terms)), ("size", pageSize));

    public Task<PageResult> ByNameAtOffsetAsync(int offset, int pageSize) => CountAndPageAsync(
        $"""SELECT count(*) FROM "Customers" c WHERE {Active}""",
        $"""SELECT {IRawListSql.Columns} FROM "Customers" c WHERE {Active} ORDER BY c."SortName", c."Id" LIMIT @size OFFSET @offset""",
        ("size", pageSize), ("offset", offset));

    public Task<PageResult> ByNameAfterAsync(string sortName, long id, int pageSize) => CountAndPageAsync(
        $"""SELECT count(*) FROM "Customers" c WHERE {Active}""",
        $"""SELECT {IRawListSql.Columns} FROM "Customers" c WHERE {Active} AND (c."SortName", c."Id") > (@name, @id) ORDER BY c."SortName", c."Id" LIMIT @size""",
        ("name", sortName), ("id", id), ("size", pageSize));

    public Task<PageResult> CreatedBetweenByNameAsync(DateTime fromUtc, DateTime toUtc, int pageSize) => CountAndPageAsync(
        $"""SELECT count(*) FROM "Customers" c WHERE {Active} AND c."CreatedUtc" >= @from AND c."CreatedUtc" < @to""",
        $"""SELECT {IRawListSql.Columns} FROM "Customers" c WHERE {Active} AND c."CreatedUtc" >= @from AND c."CreatedUtc" < @to ORDER BY c."SortName", c."Id" LIMIT @size""",
        ("from", fromUtc), ("to", toUtc), ("size", pageSize));

    public Task<(string SortName, long Id)> RowAtAsync(long position) => FirstRowAsync(
        $"""SELECT c."SortName", c."Id" FROM "Customers" c WHERE {Active} ORDER BY c."SortName", c."Id" LIMIT 1 OFFSET @skip""",
        ("skip", position - 1));
}
