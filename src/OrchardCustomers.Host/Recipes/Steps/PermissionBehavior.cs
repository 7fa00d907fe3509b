namespace OrchardCustomers.Host.Recipes.Steps;

public enum PermissionBehavior
{
    Replace,
    Add,
    Remove,
}
