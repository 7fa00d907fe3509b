namespace OrchardCustomers.Tests.Infrastructure;

public enum EndpointAccess
{
    /// <summary>Open to everybody, and on the list of endpoints that are meant to be.</summary>
    Anonymous,

    /// <summary>Any logged-in user, and on the list of endpoints that are meant to be.</summary>
    Authenticated,

    /// <summary>Needs the permissions it declares.</summary>
    Permission,

    /// <summary>No declared rule: a defect.</summary>
    Unguarded,
}
