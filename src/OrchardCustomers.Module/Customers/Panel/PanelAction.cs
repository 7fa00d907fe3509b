namespace OrchardCustomers.Module.Customers.Panel;

/// <param name="Url">The target, with the tenant's path base already applied.</param>
/// <param name="IsPost">A form post (with antiforgery token) rather than a link.</param>
/// <param name="Confirm">A question asked before a destructive post.</param>
/// <param name="ConfirmTitle">The confirmation dialog's title: the action it confirms ("Delete customer").</param>
/// <param name="ConfirmButton">The dialog's button that goes ahead ("Delete"); the dialog's own word when null.</param>
/// <param name="DisabledReason">
/// Why the action cannot be taken now (e.g. why this customer cannot be deleted). The panel shows the action
/// disabled with this text beside it, so that nobody confirms something that is refused afterwards.
/// </param>
public sealed record PanelAction(
    string Label,
    string Url,
    bool IsPost,
    string TestId,
    int Position,
    string? Confirm = null,
    bool IsDanger = false,
    string? ConfirmTitle = null,
    string? ConfirmButton = null,
    string? DisabledReason = null);
