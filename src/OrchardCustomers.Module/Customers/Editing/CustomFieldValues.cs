using System.Globalization;
using System.Text.Json;
using OrchardCustomers.Module.Customers.CustomFields;

namespace OrchardCustomers.Module.Customers.Editing;

/// <summary>Custom field values between their text form (forms, imports) and their typed JSON form (storage, API).</summary>
public static class CustomFieldValues
{
    public static JsonElement ToJson(CustomFieldType type, string text) => type switch
    {
        CustomFieldType.Number => JsonSerializer.SerializeToElement(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)),
        CustomFieldType.YesNo => JsonSerializer.SerializeToElement(text == "true"),
        _ => JsonSerializer.SerializeToElement(text.Trim()),
    };

    public static string ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.GetRawText(),
    };

    /// <summary>The value as the user reads it, in the current culture: 1.234,5; 31.01.2026; Ja.</summary>
    public static string Display(CustomFieldType type, JsonElement value, string yes, string no) => type switch
    {
        CustomFieldType.Number when value.ValueKind == JsonValueKind.Number => value.GetDecimal().ToString("N", CultureInfo.CurrentCulture).TrimEnd('0').TrimEnd(CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator[0]),
        CustomFieldType.Date when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.ToString("d", CultureInfo.CurrentCulture),
        CustomFieldType.YesNo => value.ValueKind == JsonValueKind.True ? yes : no,
        _ => ToText(value),
    };
}
