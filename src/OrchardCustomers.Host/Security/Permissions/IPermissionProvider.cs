namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>
/// Declares a feature's permissions and what the default roles get. Mark the class with the feature it belongs to
/// (<see cref="Modules.FeatureAttribute"/>) and register it with <c>AddPermissionProvider</c>.
/// </summary>
public interface IPermissionProvider
{
    Task<IEnumerable<Permission>> GetPermissionsAsync();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}
