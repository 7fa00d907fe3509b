using System.Text.RegularExpressions;

namespace OrchardCustomers.Host.Tenancy;

public static partial class TenantNames
{
    /// <summary>Letters, digits and underscores, starting with a letter: it becomes a folder and a schema name.</summary>
    public static bool IsValidName(string? name) => name is { Length: > 0 and <= 60 } && NamePattern().IsMatch(name);

    /// <summary>One URL path segment.</summary>
    public static bool IsValidPrefix(string? prefix) => string.IsNullOrEmpty(prefix) || (prefix.Length <= 60 && PrefixPattern().IsMatch(prefix));

    /// <summary>Host names separated by commas; <c>*.</c> allowed at the start, a port at the end.</summary>
    public static bool IsValidHosts(string? hosts) =>
        string.IsNullOrWhiteSpace(hosts) ||
        hosts.Split(',', StringSplitOptions.TrimEntries).All(h => HostPattern().IsMatch(h));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostPattern();
}
