namespace OrchardCustomers.Module.Customers.Panel;

/// <param name="Url">The target, with the tenant's path base already applied.</param>
/// <param name="IsPost">A form post (with antiforgery token) rather than a link.</param>
/// <param name="Confirm">A question asked before a destructive post.</param>
public sealed record PanelAction(string Label, string Url, bool IsPost, string TestId, int Position, string? Confirm = null, bool IsDanger = false);
