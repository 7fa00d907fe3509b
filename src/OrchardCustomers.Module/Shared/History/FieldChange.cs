namespace OrchardCustomers.Module.Shared.History;

/// <param name="Field">The field's path in the API's names, e.g. "vatId" or "addresses[0].city".</param>
public sealed record FieldChange(string Field, string? Old, string? New);
