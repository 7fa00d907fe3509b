using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Duplicates;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Editor;

namespace OrchardCustomers.Module.Customers.Admin;

public sealed class CustomerFormViewModel
{
    public required CustomerInput Input { get; init; }

    /// <summary>Null while creating.</summary>
    public long? Id { get; init; }

    public int Version { get; init; }

    public string? Number { get; init; }

    /// <summary>Tags as the user types them: comma-separated.</summary>
    public string TagsText { get; init; } = "";

    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];

    /// <summary>Someone else saved the customer since this form was opened.</summary>
    public bool Conflict { get; init; }

    public bool CanEditReadOnly { get; init; }

    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; } = [];

    public IReadOnlyList<(string Id, string Name)> Users { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool HasPicture { get; init; }

    /// <summary>The form's sections in order, from every enabled feature; set once the rest of the model is known.</summary>
    public IReadOnlyList<CustomerEditorSectionView> Sections { get; set; } = [];
}
