using Microsoft.AspNetCore.Identity;

namespace OrchardCustomers.Host.Security.Roles;

public sealed class Role : IdentityRole
{
    public Role()
    {
    }

    public Role(string name) : base(name)
    {
    }

    public string? Description { get; set; }
}
