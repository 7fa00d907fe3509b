namespace OrchardCustomers.Host.Modules.State;

/// <summary>A module feature's state in one tenant. A row exists once the feature was first enabled.</summary>
public sealed class FeatureStateRecord
{
    public required string FeatureId { get; set; }

    public bool IsEnabled { get; set; }

    public DateTime FirstEnabledUtc { get; set; }
}
