using System.Security.Claims;

namespace OrchardCustomers.Module.Shared.History;

/// <summary>Who does something: a user, or the system (a recipe, an import) when there is no user.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static Actor System { get; } = new(null, "System");

    public static Actor Of(ClaimsPrincipal? principal) => principal?.Identity?.IsAuthenticated == true
        ? new Actor(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name ?? "?")
        : System;
}
