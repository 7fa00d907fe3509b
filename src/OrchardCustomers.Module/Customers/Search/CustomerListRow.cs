using System.Text.Json;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>One row of the list: the columns only, none of the parts.</summary>
public sealed record CustomerListRow(
    long Id,
    string Number,
    string DisplayName,
    string SortName,
    CustomerKind Kind,
    CustomerStatus Status,
    bool IsReadOnly,
    string PrimaryEmail,
    string? City,
    string? Category,
    DateTime CreatedUtc,
    IReadOnlyDictionary<string, JsonElement> CustomFields);
