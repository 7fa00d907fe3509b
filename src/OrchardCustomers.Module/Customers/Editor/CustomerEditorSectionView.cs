namespace OrchardCustomers.Module.Customers.Editor;

/// <param name="Title">The section's heading (its legend).</param>
/// <param name="PartialView">The Razor partial that renders the section, by its full path.</param>
public sealed record CustomerEditorSectionView(string Id, string Title, string PartialView, object Model);
