namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// One entry of a customer's history: who did what, when, and which fields changed. Entries outlive the customer,
/// so that a deletion stays traceable (GoBD).
/// </summary>
public sealed class CustomerActivity
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public CustomerActivityKind Kind { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public DateTime OccurredUtc { get; set; }

    public IReadOnlyList<FieldChange> Changes { get; set; } = [];

    /// <summary>What the entry is about beyond the fields: a note's start, a file's name.</summary>
    public string? Detail { get; set; }
}
