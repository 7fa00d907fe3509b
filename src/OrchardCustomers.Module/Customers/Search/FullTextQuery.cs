namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// A search in each engine's syntax: every word as a prefix, its spellings joined by OR, the words by AND.
/// The words come from <see cref="SearchText.Terms"/> and hold only letters and digits, so nothing needs escaping.
/// </summary>
public static class FullTextQuery
{
    /// <summary>SQLite FTS5: ("mull"* OR "muell"*) AND "gmbh"*.</summary>
    public static string ForSqlite(IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join(" AND ", terms.Select(variants => "(" + string.Join(" OR ", variants.Select(v => $"\"{v}\"*")) + ")"));

    /// <summary>PostgreSQL tsquery: (mull:* | muell:*) &amp; gmbh:*.</summary>
    public static string ForPostgres(IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join(" & ", terms.Select(variants => "(" + string.Join(" | ", variants.Select(v => v + ":*")) + ")"));
}
