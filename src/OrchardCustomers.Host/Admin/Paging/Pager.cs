namespace OrchardCustomers.Host.Admin.Paging;

/// <summary>A page of a list: which page, how many rows a page, and how many rows in all.</summary>
public sealed record Pager(int Page, int PageSize, long Total)
{
    public static readonly IReadOnlyList<int> PageSizes = [10, 20, 50, 100];

    public int PageCount => PageSize <= 0 ? 1 : (int)Math.Min(int.MaxValue, Math.Max(1, (Total + PageSize - 1) / PageSize));

    /// <summary>The rows before this page, computed in 64 bits: page × size overflowed an int and wrapped to page 1.</summary>
    public int Skip => (int)Math.Clamp((Page - 1L) * PageSize, 0, int.MaxValue);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>Clamps what came in the query string to sane values. A page past the last stays an empty page.</summary>
    public static (int Page, int PageSize) Normalize(int? page, int? pageSize, int defaultSize, int maxSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? defaultSize, 1, maxSize));
}
