namespace OrchardCustomers.Module.Customers.Api;

/// <param name="NextCursor">Pass as <c>after</c> for the next page without an offset.</param>
public sealed record CustomerListResponse(IReadOnlyList<CustomerDto> Items, long Total, int Page, int PageSize, string? NextCursor, string? PreviousCursor);
