namespace OrchardCustomers.Module.Shared.History;

/// <summary>One changed field as the history shows it: "Zahlungsziel: 14 → 10 Tage".</summary>
/// <param name="Label">The field's label in the user's language.</param>
/// <param name="Old">The value before, as the user reads it; null when it was empty.</param>
/// <param name="New">The value after; null when it is empty now.</param>
/// <param name="Unit">Said once after both values ("Tage"), or null.</param>
public sealed record HistoryLine(string Label, string? Old, string? New, string? Unit = null);
