namespace OrchardCustomers.Host.Setup;

/// <summary>
/// The outcome of a setup: no errors, or errors keyed by the request's field name ("" for the setup as a whole).
/// </summary>
public sealed class SetupResult
{
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public bool Succeeded => Errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var messages))
        {
            Errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public override string ToString() =>
        string.Join(" ", Errors.SelectMany(e => e.Value.Select(m => e.Key.Length > 0 ? $"{e.Key}: {m}" : m)));
}
