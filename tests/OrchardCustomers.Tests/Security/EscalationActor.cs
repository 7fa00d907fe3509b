namespace OrchardCustomers.Tests.Security;

/// <summary>A logged-in user of one role, with the antiforgery token of its session and the permissions its roles carry.</summary>
public sealed record EscalationActor(string Role, string UserId, HttpClient Client, string Antiforgery, IReadOnlySet<string> Granted)
{
    public override string ToString() => Role;
}
