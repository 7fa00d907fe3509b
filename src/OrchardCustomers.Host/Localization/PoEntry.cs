namespace OrchardCustomers.Host.Localization;

/// <summary>One translation: the English source text, its plural form if any, and the translated forms.</summary>
public sealed record PoEntry(string Id, string? Plural, IReadOnlyList<string> Translations);
