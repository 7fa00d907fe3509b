namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>One text field of <see cref="EditorTextFields"/>.</summary>
/// <param name="Name">The form field's name; its errors are looked up under it.</param>
public sealed record EditorTextField(string Name, string Label, string? Value, string? Hint = null, string? Pattern = null);
