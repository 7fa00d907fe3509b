namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>
/// The chosen optional columns of the customer list, by key (see <see cref="List.CustomerListColumn"/>). Name and
/// email are always there. The choice travels in the URL and is remembered in a cookie.
/// </summary>
public static class ListColumns
{
    public const string CookieName = ".OrchardCustomers.CustomerColumns";

    /// <summary>The keys in the value that name an offered column, in the value's order, each once.</summary>
    public static IReadOnlyList<string> Parse(string? value, IEnumerable<string> offeredKeys)
    {
        var allowed = offeredKeys.ToHashSet(StringComparer.Ordinal);
        return [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(allowed.Contains).Distinct()];
    }
}
