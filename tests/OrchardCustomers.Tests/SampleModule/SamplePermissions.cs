using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SamplePermissions : IPermissionProvider
{
    public static readonly Permission ViewSamples = new("ViewSamples", "View samples") { Category = "Tests" };
    public static readonly Permission EditSamples = new("EditSamples", "Edit samples") { Category = "Tests" };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ViewSamples, EditSamples]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Manager, [ViewSamples, EditSamples]),
        new(RoleNames.Accountant, [ViewSamples]),
    ];
}
