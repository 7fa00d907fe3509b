namespace OrchardCustomers.Host.Settings;

/// <summary>The settings sections that features declared, by name.</summary>
public sealed class SiteSettingsSectionRegistry(IEnumerable<SiteSettingsSection> sections)
{
    private readonly Dictionary<string, SiteSettingsSection> _sections = sections.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public SiteSettingsSection? Find(string name) => _sections.GetValueOrDefault(name);

    public IEnumerable<SiteSettingsSection> All => _sections.Values;
}
