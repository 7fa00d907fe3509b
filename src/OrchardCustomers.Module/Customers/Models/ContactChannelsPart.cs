namespace OrchardCustomers.Module.Customers.Models;

/// <summary>How to reach the customer. The first email is the primary one.</summary>
public sealed record ContactChannelsPart
{
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Where invoices go when it is not the primary email.</summary>
    public string? BillingEmail { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public string? Website { get; init; }
}
