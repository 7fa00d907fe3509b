namespace OrchardCustomers.Host.Modules;

/// <summary>
/// Declares a feature of a module, like Orchard's <c>[assembly: Feature(...)]</c> in Manifest.cs.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ModuleFeatureAttribute : Attribute
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string Category { get; init; } = "";

    public string[] Dependencies { get; init; } = [];
}
