using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Host.Account;

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match.")]
    public string PasswordConfirmation { get; set; } = "";
}
