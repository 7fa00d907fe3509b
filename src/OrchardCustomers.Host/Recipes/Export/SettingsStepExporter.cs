using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>The <c>settings</c> step: the site's own settings and the sections of enabled features, as the step reads them.</summary>
public sealed class SettingsStepExporter(SiteService siteService, SiteSettingsSectionRegistry sections, ShellFeaturesManager features) : IRecipeStepExporter
{
    private static readonly JsonSerializerOptions SectionOptions = new(JsonSerializerDefaults.General)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public int Order => 100;

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var site = await siteService.GetAsync(cancellationToken);
        var step = new JsonObject
        {
            ["name"] = "settings",
            ["SiteName"] = site.SiteName,
            ["TimeZoneId"] = site.TimeZoneId,
            ["PageSize"] = site.PageSize,
            ["MaxPageSize"] = site.MaxPageSize,
            ["LocalizationSettings"] = new JsonObject { ["DefaultCulture"] = site.DefaultCulture },
        };

        foreach (var section in sections.All.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (site.Sections.TryGetValue(section.Name, out var stored) && await features.IsEnabledAsync(section.FeatureId, cancellationToken))
            {
                // Through the section's type, so that only what the settings step accepts is written.
                var model = stored.Deserialize(section.Type, SiteSettingsJson.Options);
                step[section.Name] = JsonSerializer.SerializeToNode(model, section.Type, SectionOptions);
            }
        }

        return step;
    }
}
