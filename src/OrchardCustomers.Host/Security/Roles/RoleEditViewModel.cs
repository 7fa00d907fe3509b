using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Host.Security.Roles;

public sealed class RoleEditViewModel
{
    /// <summary>Null while creating.</summary>
    public string? OriginalName { get; set; }

    [Required(ErrorMessage = "Enter a role name.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_ -]{0,63}$", ErrorMessage = "A role name starts with a letter and uses letters, digits, spaces, - and _ only.")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "The description may be at most 500 characters long.")]
    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];

    public bool IsAdministrator { get; set; }

    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];
}
