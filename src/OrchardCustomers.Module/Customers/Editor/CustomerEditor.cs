using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Module.Customers.Editing;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>Runs the sections of every enabled feature, in position order, for one customer form.</summary>
public sealed class CustomerEditor(IEnumerable<ICustomerEditorSection> sections, ShellFeaturesManager features)
{
    public async Task<IReadOnlyList<ICustomerEditorSection>> SectionsAsync(CancellationToken cancellationToken)
    {
        var enabled = await features.WhereEnabledAsync(sections, cancellationToken);
        return [.. enabled.OrderBy(s => s.Position).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<CustomerEditorSectionView>> BuildAsync(CustomerEditorContext context, CancellationToken cancellationToken)
    {
        var views = new List<CustomerEditorSectionView>();
        foreach (var section in await SectionsAsync(cancellationToken))
        {
            if (await section.BuildEditorAsync(context, cancellationToken) is { } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    /// <returns>Every section's errors; empty when the customer may be saved.</returns>
    public async Task<IReadOnlyList<CustomerError>> UpdateAsync(CustomerEditorUpdateContext context, CancellationToken cancellationToken)
    {
        foreach (var section in await SectionsAsync(cancellationToken))
        {
            await section.UpdateAsync(context, cancellationToken);
        }

        return context.Errors;
    }

    public async Task SavedAsync(CustomerEditorSavedContext context, CancellationToken cancellationToken)
    {
        foreach (var section in await SectionsAsync(cancellationToken))
        {
            await section.SavedAsync(context, cancellationToken);
        }
    }
}
