namespace OrchardCustomers.Host.Api;

/// <param name="Permissions">Every permission the user holds, implied ones included.</param>
public sealed record MeResponse(string UserName, string Tenant, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);
