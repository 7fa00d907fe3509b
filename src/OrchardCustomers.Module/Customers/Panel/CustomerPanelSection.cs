namespace OrchardCustomers.Module.Customers.Panel;

/// <param name="PartialView">The Razor partial that renders the section, by its full path.</param>
/// <param name="Position">Sections are shown in ascending position.</param>
public sealed record CustomerPanelSection(string Id, string Title, string PartialView, object Model, int Position);
