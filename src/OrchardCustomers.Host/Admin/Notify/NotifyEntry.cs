namespace OrchardCustomers.Host.Admin.Notify;

/// <summary>A flash message; the text is plain and is encoded when shown. A secret (a new token) is shown in a copy box.</summary>
public sealed record NotifyEntry(NotifyType Type, string Message, string? Secret = null);
