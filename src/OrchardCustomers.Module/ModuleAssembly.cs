namespace OrchardCustomers.Module;

/// <summary>
/// Names this assembly to the host: <c>host.AddModule(typeof(ModuleAssembly).Assembly)</c>. The module's features are
/// declared with <c>[assembly: ModuleFeature]</c> and started by their <c>FeatureStartup</c> classes.
/// </summary>
public static class ModuleAssembly;
