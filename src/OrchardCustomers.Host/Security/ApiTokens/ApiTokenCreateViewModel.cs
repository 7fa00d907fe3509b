using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Host.Security.ApiTokens;

public sealed class ApiTokenCreateViewModel
{
    [Required(ErrorMessage = "Name the token after the script or system that uses it.")]
    [StringLength(100, ErrorMessage = "The name may be at most 100 characters long.")]
    public string Name { get; set; } = "";

    /// <summary>Days until the token expires; 0 means never.</summary>
    [Range(0, 3650, ErrorMessage = "Choose how long the token stays valid.")]
    public int ExpiresInDays { get; set; } = 90;
}
