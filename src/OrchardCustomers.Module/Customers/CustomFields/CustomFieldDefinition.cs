namespace OrchardCustomers.Module.Customers.CustomFields;

/// <summary>A field the tenant added to its customers, like an Orchard content field on the Customer type.</summary>
public sealed class CustomFieldDefinition
{
    /// <summary>The technical name: letters and digits, starting with a letter; the key of the value.</summary>
    public string Name { get; set; } = "";

    public string Label { get; set; } = "";

    public CustomFieldType Type { get; set; }

    /// <summary>The choices of a <see cref="CustomFieldType.Choice"/> field.</summary>
    public IReadOnlyList<string> Options { get; set; } = [];

    public bool Required { get; set; }

    /// <summary>Whether users may show it as a column of the customer list.</summary>
    public bool ShowInList { get; set; }

    public string? Hint { get; set; }

    public int Position { get; set; }
}
