using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Host.Settings.Admin;

public sealed class SiteSettingsViewModel
{
    [Required(ErrorMessage = "Enter the site's name.")]
    [StringLength(100, ErrorMessage = "The name may be at most 100 characters long.")]
    public string SiteName { get; set; } = "";

    [Required(ErrorMessage = "Choose a language.")]
    public string DefaultCulture { get; set; } = SupportedCultures.Default;

    [Required(ErrorMessage = "Choose a time zone.")]
    public string TimeZoneId { get; set; } = "Europe/Berlin";

    [Range(5, 500, ErrorMessage = "Choose from 5 to 500 rows a page.")]
    public int PageSize { get; set; } = 20;

    public IReadOnlyList<string> TimeZones { get; set; } = [];
}
