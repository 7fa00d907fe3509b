namespace OrchardCustomers.Bench.Measuring;

/// <summary>
/// The benchmark's cases written by hand in the database's SQL: what a developer would write for the page and its
/// count on the same tables and indexes, without EF. Each call opens a pooled connection, as a request would.
/// Active customers only, as the list shows by default.
/// </summary>
public interface IRawListSql
{
    /// <summary>The list's columns, read in full like the service reads them.</summary>
    const string Columns = """c."Id", c."Number", c."DisplayName", c."SortName", c."Kind", c."Status", c."IsReadOnly", c."PrimaryEmail", c."City", c."Category", c."CreatedUtc", c."CustomFields" """;

    Task<PageResult> SearchByNameAsync(IReadOnlyList<IReadOnlyList<string>> terms, int pageSize);

    Task<PageResult> ByNameAtOffsetAsync(int offset, int pageSize);

    Task<PageResult> ByNameAfterAsync(string sortName, long id, int pageSize);

    Task<PageResult> CreatedBetweenByNameAsync(DateTime fromUtc, DateTime toUtc, int pageSize);

    /// <summary>The sort name and id of the row at a 1-based position in the name order, for the keyset cursor.</summary>
    Task<(string SortName, long Id)> RowAtAsync(long position);
}
