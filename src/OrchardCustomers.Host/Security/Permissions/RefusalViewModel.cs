namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>Why an action on a user, role or token was refused, and where to go back to.</summary>
public sealed record RefusalViewModel(string Message, string BackUrl);
