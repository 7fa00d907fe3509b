namespace OrchardCustomers.Module.Shared.History;

/// <summary>
/// Turns the field paths a content type's history stores ("paymentTermDays", "phones[0].number") into labels and
/// values in the user's language. One per content type; a type without one shows its paths as they are.
/// </summary>
public interface IHistoryFieldLabels
{
    string ContentType { get; }

    /// <returns>The lines to show, in the order given; a change the user need not see (an internal id) is left out.</returns>
    Task<IReadOnlyList<HistoryLine>> DescribeAsync(IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken);
}
