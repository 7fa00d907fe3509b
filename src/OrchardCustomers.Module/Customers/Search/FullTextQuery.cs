using OrchardCustomers.Module.Customers.Models;

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

    /// <summary>
    /// The search narrowed to one status by its word, as an exact word (a prefix would merge a list as long as the
    /// table) and as "not any other status": the other statuses' lists are the short ones.
    /// </summary>
    public static string ForSqlite(IReadOnlyList<IReadOnlyList<string>> terms, CustomerStatus status) =>
        "(" + ForSqlite(terms) + ")" + string.Concat(OtherStatusWords(status).Select(w => $" NOT \"{w}\""));

    /// <summary>PostgreSQL tsquery: (mull:* | muell:*) &amp; gmbh:*.</summary>
    public static string ForPostgres(IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join(" & ", terms.Select(variants => "(" + string.Join(" | ", variants.Select(v => v + ":*")) + ")"));

    /// <summary>The search narrowed to one status by its word, as <see cref="ForSqlite(IReadOnlyList{IReadOnlyList{string}}, CustomerStatus)"/>.</summary>
    public static string ForPostgres(IReadOnlyList<IReadOnlyList<string>> terms, CustomerStatus status) =>
        "(" + ForPostgres(terms) + ")" + string.Concat(OtherStatusWords(status).Select(w => $" & !{w}"));

    private static IEnumerable<string> OtherStatusWords(CustomerStatus status) =>
        Enum.GetValues<CustomerStatus>().Where(s => s != status).Select(SearchText.StatusWord);
}
