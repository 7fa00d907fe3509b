using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Recipes.Steps;

/// <summary>
/// <c>{ "name": "settings", "SiteName": …, "TimeZoneId": …, "PageSize": …, "LocalizationSettings": { "DefaultCulture": … } }</c>
/// plus any section a feature declared (e.g. <c>"CustomerSettings": { … }</c>). Unknown keys are errors.
/// </summary>
public sealed class SettingsStep(SiteService siteService, SiteSettingsSectionRegistry sections, ShellFeaturesManager features) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions SectionOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public string StepName => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = await siteService.GetAsync(cancellationToken);
        foreach (var (key, value) in context.Step)
        {
            switch (key.ToUpperInvariant())
            {
                case "NAME":
                    break;
                case "SITENAME":
                    site.SiteName = Text(key, value);
                    break;
                case "TIMEZONEID":
                    var zone = Text(key, value);
                    site.TimeZoneId = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : throw new RecipeStepValueException($"Unknown time zone '{zone}'.");
                    break;
                case "PAGESIZE":
                    site.PageSize = Number(key, value, 1, 500);
                    break;
                case "MAXPAGESIZE":
                    site.MaxPageSize = Number(key, value, 1, 1000);
                    break;
                case "LOCALIZATIONSETTINGS":
                    site.DefaultCulture = Culture(value);
                    break;
                default:
                    await SetSectionAsync(site, key, value, cancellationToken);
                    break;
            }
        }

        await siteService.SaveAsync(site, cancellationToken);
    }

    private async Task SetSectionAsync(SiteSettings site, string key, JsonNode? value, CancellationToken cancellationToken)
    {
        var section = sections.Find(key);
        if (section is null || !await features.IsEnabledAsync(section.FeatureId, cancellationToken))
        {
            throw new RecipeStepValueException($"Unknown setting '{key}'.");
        }

        object? model;
        try
        {
            model = value.Deserialize(section.Type, SectionOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeStepValueException($"The setting '{key}' is not valid: {ex.Message.Split(" Path:")[0]}");
        }

        var errors = new List<ValidationResult>();
        if (model is null || !Validator.TryValidateObject(model, new ValidationContext(model), errors, validateAllProperties: true))
        {
            throw new RecipeStepValueException($"The setting '{key}' is not valid: {string.Join(" ", errors.Select(e => e.ErrorMessage))}");
        }

        site.Sections[section.Name] = JsonSerializer.SerializeToElement(model, section.Type, SiteSettingsJson.Options);
    }

    private static string Culture(JsonNode? value)
    {
        var culture = value is JsonObject obj ? RecipeParser.Get(obj, "DefaultCulture")?.GetValue<string>() : null;
        return SupportedCultures.IsSupported(culture)
            ? SupportedCultures.Normalize(culture!)
            : throw new RecipeStepValueException($"LocalizationSettings.DefaultCulture must be one of {string.Join(", ", SupportedCultures.All)}.");
    }

    private static string Text(string key, JsonNode? value) =>
        value is JsonValue v && v.TryGetValue(out string? text) ? text : throw new RecipeStepValueException($"'{key}' must be a text.");

    private static int Number(string key, JsonNode? value, int min, int max) =>
        value is JsonValue v && v.TryGetValue(out int number) && number >= min && number <= max
            ? number
            : throw new RecipeStepValueException($"'{key}' must be a whole number from {min} to {max}.");
}
