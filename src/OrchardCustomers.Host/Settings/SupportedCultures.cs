using System.Globalization;

namespace OrchardCustomers.Host.Settings;

/// <summary>The UI ships complete in these cultures; German first, for the market we serve first.</summary>
public static class SupportedCultures
{
    public const string German = "de-DE";
    public const string English = "en-US";
    public const string Default = German;

    public static readonly IReadOnlyList<string> All = [German, English];

    public static readonly IReadOnlyList<CultureInfo> Infos = [.. All.Select(CultureInfo.GetCultureInfo)];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string culture) => All.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
}
