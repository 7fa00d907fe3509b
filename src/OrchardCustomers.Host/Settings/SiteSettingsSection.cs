namespace OrchardCustomers.Host.Settings;

/// <summary>A named settings section that a feature adds; the <c>settings</c> recipe step accepts it by name.</summary>
public sealed record SiteSettingsSection(string Name, Type Type, string FeatureId);
