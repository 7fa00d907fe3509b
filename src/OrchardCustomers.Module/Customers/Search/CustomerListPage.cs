namespace OrchardCustomers.Module.Customers.Search;

/// <param name="NextCursor">Set when there is a next page: pass it as After.</param>
/// <param name="PreviousCursor">Set when there is a previous page: pass it as Before.</param>
public sealed record CustomerListPage(IReadOnlyList<CustomerListRow> Items, long Total, int Page, int PageSize, string? NextCursor, string? PreviousCursor);
