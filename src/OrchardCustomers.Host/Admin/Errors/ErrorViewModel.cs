namespace OrchardCustomers.Host.Admin.Errors;

/// <param name="InAdmin">Shown inside the admin layout (menu, the tenant's name) to a logged-in user of a running tenant.</param>
/// <param name="BackUrl">The page the user came from, when it was one of this site's.</param>
public sealed record ErrorViewModel(int StatusCode, string Title, string Text, bool InAdmin = false, string? BackUrl = null);
