namespace OrchardCustomers.Module.Shared.Formatting;

/// <summary>IBANs as people read them: groups of four, whatever spacing they were typed with.</summary>
public static class IbanDisplay
{
    /// <returns>"DE89 3704 0044 0532 0130 00" for "de89370400440532013000"; empty for null or blanks.</returns>
    public static string Group(string? iban)
    {
        if (string.IsNullOrWhiteSpace(iban))
        {
            return "";
        }

        var compact = string.Concat(iban.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return string.Join(' ', compact.Chunk(4).Select(c => new string(c)));
    }
}
