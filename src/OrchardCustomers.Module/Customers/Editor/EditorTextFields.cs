namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>
/// The model of <see cref="CustomerEditorViews.TextFields"/>: a section of plain text fields, for features that
/// bring no Razor views of their own.
/// </summary>
public sealed record EditorTextFields(IReadOnlyList<EditorTextField> Fields);
