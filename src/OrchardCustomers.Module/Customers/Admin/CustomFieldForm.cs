using System.ComponentModel.DataAnnotations;
using OrchardCustomers.Module.Customers.CustomFields;

namespace OrchardCustomers.Module.Customers.Admin;

public sealed class CustomFieldForm
{
    [Required(ErrorMessage = "Enter a technical name.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,63}$", ErrorMessage = "A technical name starts with a letter and uses letters and digits only.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the label users see.")]
    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    public string Label { get; set; } = "";

    public CustomFieldType Type { get; set; } = CustomFieldType.Text;

    /// <summary>The choices of a choice field, one per line.</summary>
    public string? Options { get; set; }

    public bool Required { get; set; }

    public bool ShowInList { get; set; }

    [StringLength(300, ErrorMessage = "At most {1} characters.")]
    public string? Hint { get; set; }

    public int Position { get; set; }

    /// <summary>The form filled with a field's current values, to change it.</summary>
    public static CustomFieldForm From(CustomFieldDefinition field) => new()
    {
        Name = field.Name,
        Label = field.Label,
        Type = field.Type,
        Options = field.Options.Count == 0 ? null : string.Join('\n', field.Options),
        Required = field.Required,
        ShowInList = field.ShowInList,
        Hint = field.Hint,
        Position = field.Position,
    };
}
