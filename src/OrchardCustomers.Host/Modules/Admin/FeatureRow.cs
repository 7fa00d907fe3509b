namespace OrchardCustomers.Host.Modules.Admin;

public sealed record FeatureRow(FeatureInfo Feature, bool IsEnabled, IReadOnlyList<string> DependencyNames);
