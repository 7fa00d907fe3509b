namespace OrchardCustomers.Host.Settings;

/// <summary>The tenant's site settings as one JSON document, like Orchard's <c>ISite</c> document.</summary>
public sealed class SiteSettingsRecord
{
    public const string SiteId = "Site";

    public required string Id { get; set; }

    public required string Json { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
