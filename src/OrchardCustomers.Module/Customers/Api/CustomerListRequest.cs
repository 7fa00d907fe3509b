using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Api;

/// <summary>The query string of <c>GET /api/customers</c>.</summary>
public sealed class CustomerListRequest
{
    /// <summary>Full-text search over name, number, email, VAT ID and city; prefixes match.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>name, email, number or created; a leading "-" sorts descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>active (default), archived or all.</summary>
    [FromQuery(Name = "status")]
    public CustomerStatusFilter Status { get; set; } = CustomerStatusFilter.Active;

    [FromQuery(Name = "kind")]
    public CustomerKind? Kind { get; set; }

    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    [FromQuery(Name = "tag")]
    public string? Tag { get; set; }

    [FromQuery(Name = "createdFrom")]
    public DateOnly? CreatedFrom { get; set; }

    [FromQuery(Name = "createdTo")]
    public DateOnly? CreatedTo { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    [FromQuery(Name = "pageSize")]
    public int PageSize { get; set; } = 20;

    [FromQuery(Name = "after")]
    public string? After { get; set; }

    [FromQuery(Name = "before")]
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
