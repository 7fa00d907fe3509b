namespace OrchardCustomers.Host.Tenancy.Admin;

/// <param name="SetupUrl">For a tenant waiting for setup: the link with its token.</param>
public sealed record TenantRow(ShellSettings Settings, string SiteUrl, string? SetupUrl);
