using Microsoft.AspNetCore.Identity;

namespace OrchardCustomers.Host.Security.Users;

public sealed class User : IdentityUser
{
    /// <summary>A disabled user can neither log in nor use a token; Orchard calls it <c>IsEnabled</c>.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>The user's own UI culture; null follows the tenant's default culture.</summary>
    public string? Culture { get; set; }

    public DateTime CreatedUtc { get; set; }
}
