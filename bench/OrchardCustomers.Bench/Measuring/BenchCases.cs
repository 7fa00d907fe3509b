using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>The cases of the issue, each with the count the page shows; page size 20, the list's default.</summary>
public static class BenchCases
{
    public const int PageSize = 20;
    public const string Search = "müll";

    /// <summary>One month, as a user picks it in the tenant's time zone.</summary>
    public static readonly DateOnly CreatedFrom = new(2024, 3, 1);
    public static readonly DateOnly CreatedTo = new(2024, 3, 31);

    public static IReadOnlyList<BenchCase> Create(long position, (string SortName, long Id) rowAtPosition, TimeZoneInfo zone)
    {
        var page = (int)(position / PageSize) + 1;
        var cursor = new ListCursor(CustomerSort.Name, Desc: false, rowAtPosition.SortName, rowAtPosition.Id).Encode();
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(CreatedFrom.ToDateTime(TimeOnly.MinValue), zone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(CreatedTo.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        return
        [
            new($"(a) search \"{Search}\", by name, page 1", new CustomerListQuery { Q = Search, PageSize = PageSize },
                raw => raw.SearchByNameAsync(SearchText.Terms(Search), PageSize)),
            new($"(b) by name, row {position:N0}, OFFSET (page {page:N0})", new CustomerListQuery { Page = page, PageSize = PageSize },
                raw => raw.ByNameAtOffsetAsync((page - 1) * PageSize, PageSize)),
            new($"(b) by name, row {position:N0}, keyset cursor", new CustomerListQuery { After = cursor, PageSize = PageSize },
                raw => raw.ByNameAfterAsync(rowAtPosition.SortName, rowAtPosition.Id, PageSize)),
            new($"(c) created {CreatedFrom:yyyy-MM-dd}…{CreatedTo:yyyy-MM-dd}, by name, page 1",
                new CustomerListQuery { CreatedFrom = CreatedFrom, CreatedTo = CreatedTo, PageSize = PageSize },
                raw => raw.CreatedBetweenByNameAsync(fromUtc, toUtc, PageSize)),
        ];
    }
}
