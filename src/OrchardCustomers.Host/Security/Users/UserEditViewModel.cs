using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Host.Security.Users;

public sealed class UserEditViewModel
{
    /// <summary>Empty when a user is being created.</summary>
    public string? Id { get; set; }

    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(100, ErrorMessage = "The user name may be at most 100 characters long.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    /// <summary>Required for a new user; on edit, empty keeps the password.</summary>
    public string? Password { get; set; }

    public string? PasswordConfirmation { get; set; }

    public bool IsEnabled { get; set; } = true;

    public List<string> Roles { get; set; } = [];

    /// <summary>Set by the concurrency stamp of the loaded user, so that a stale form cannot overwrite newer data.</summary>
    public string? ConcurrencyStamp { get; set; }

    public IReadOnlyList<RoleChoice> AvailableRoles { get; set; } = [];
}
