using OrchardCustomers.Host.Modules.State;

namespace OrchardCustomers.Module.Shared.History;

/// <summary>Finds the <see cref="IHistoryFieldLabels"/> of a content type among the enabled features' ones.</summary>
public sealed class HistoryLabels(IEnumerable<IHistoryFieldLabels> labels, ShellFeaturesManager features)
{
    public async Task<IReadOnlyList<HistoryLine>> DescribeAsync(string contentType, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            return [];
        }

        var enabled = await features.WhereEnabledAsync(labels, cancellationToken);
        var match = enabled.FirstOrDefault(l => string.Equals(l.ContentType, contentType, StringComparison.Ordinal));
        return match is null
            ? [.. changes.Select(c => new HistoryLine(c.Field, c.Old, c.New))]
            : await match.DescribeAsync(changes, cancellationToken);
    }
}
