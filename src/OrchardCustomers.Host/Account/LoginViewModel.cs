using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Host.Account;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your user name or email address.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
