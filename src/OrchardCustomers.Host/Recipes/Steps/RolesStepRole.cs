namespace OrchardCustomers.Host.Recipes.Steps;

public sealed class RolesStepRole
{
    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public string[] Permissions { get; init; } = [];

    public PermissionBehavior PermissionBehavior { get; init; } = PermissionBehavior.Replace;
}
