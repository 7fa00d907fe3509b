namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>
/// The optional columns of the customer list: number, city, category, date added, and custom fields shown as
/// "cf:Name". Name and email are always there. The choice travels in the URL and is remembered in a cookie.
/// </summary>
public static class ListColumns
{
    public const string CookieName = ".OrchardCustomers.CustomerColumns";
    public const string CustomFieldPrefix = "cf:";

    public static readonly IReadOnlyList<string> Standard = ["number", "city", "category", "created"];

    public static IReadOnlyList<string> Parse(string? value, IEnumerable<string> customFieldNames)
    {
        var allowed = Standard.Concat(customFieldNames.Select(n => CustomFieldPrefix + n)).ToHashSet(StringComparer.Ordinal);
        return [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(allowed.Contains).Distinct()];
    }
}
