using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Api;

/// <summary>The query string of <c>GET /api/customers</c>.</summary>
public sealed class CustomerListRequest
{
    /// <summary>Full-text search over name, number, email, VAT ID and city; prefixes match.</summary>
    public string? Q { get; set; }

    /// <summary>name, email, number or created; a leading "-" sorts descending.</summary>
    public string? Sort { get; set; }

    /// <summary>active (default), archived or all.</summary>
    public CustomerStatusFilter Status { get; set; } = CustomerStatusFilter.Active;

    public CustomerKind? Kind { get; set; }

    public string? Category { get; set; }

    public string? Tag { get; set; }

    public DateOnly? CreatedFrom { get; set; }

    public DateOnly? CreatedTo { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = 20;

    public string? After { get; set; }

    public string? Before { get; set; }

    public CustomerListQuery ToQuery()
    {
        var sort = Sort?.TrimStart('-');
        return new CustomerListQuery
        {
            Q = Q,
            Sort = Enum.TryParse<CustomerSort>(sort, ignoreCase: true, out var parsed) ? parsed : CustomerSort.Name,
            Desc = Sort?.StartsWith('-') == true,
            Status = Status,
            Kind = Kind,
            Category = Category,
            Tag = Tag,
            CreatedFrom = CreatedFrom,
            CreatedTo = CreatedTo,
            Page = Page,
            PageSize = PageSize,
            After = After,
            Before = Before,
        };
    }
}
