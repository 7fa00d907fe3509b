namespace OrchardCustomers.Module.Customers.Panel;

/// <summary>A figure at the top of the panel, e.g. "Open invoices: 1.234,56 €".</summary>
public sealed record PanelFigure(string Label, string Value, int Position);
