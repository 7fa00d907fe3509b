namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>ISO 7064 MOD 97-10 over letters and digits (A=10 … Z=35), as IBANs and Leitweg-IDs use it.</summary>
public static class Mod97
{
    public static int Remainder(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : throw new FormatException($"'{c}' has no MOD 97 value.");
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }

        return remainder;
    }
}
