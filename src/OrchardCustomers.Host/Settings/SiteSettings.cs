using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCustomers.Host.Settings;

/// <summary>The tenant's site settings, with named sections that features add (Orchard's site "Properties").</summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "";

    public string DefaultCulture { get; set; } = SupportedCultures.Default;

    public string TimeZoneId { get; set; } = "Europe/Berlin";

    public int PageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    [JsonInclude]
    public Dictionary<string, JsonElement> Sections { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public T GetSection<T>(string name) where T : new() =>
        Sections.TryGetValue(name, out var json) ? json.Deserialize<T>(SiteSettingsJson.Options) ?? new T() : new T();

    public void SetSection<T>(string name, T value) => Sections[name] = JsonSerializer.SerializeToElement(value, SiteSettingsJson.Options);

    public TimeZoneInfo TimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
