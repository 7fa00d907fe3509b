using OrchardCustomers.Module.Customers.Duplicates;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Services;

/// <summary>How a change to a customer went. Only <see cref="CustomerSaveStatus.Saved"/> changed anything.</summary>
public sealed record CustomerSaveResult(CustomerSaveStatus Status)
{
    public Customer? Customer { get; init; }

    public IReadOnlyList<CustomerError> Errors { get; init; } = [];

    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];

    /// <summary>Why a deletion was refused.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>What the user should know about a save that succeeded, e.g. that no debtor number was left to give.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Succeeded => Status == CustomerSaveStatus.Saved;
}
