namespace OrchardCustomers.Host.Admin.Errors;

public sealed record ErrorViewModel(int StatusCode, string Title, string Text);
