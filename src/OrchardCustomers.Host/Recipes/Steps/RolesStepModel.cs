namespace OrchardCustomers.Host.Recipes.Steps;

public sealed class RolesStepModel
{
    public RolesStepRole[] Roles { get; init; } = [];
}
