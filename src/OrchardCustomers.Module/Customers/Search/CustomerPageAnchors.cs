using System.Collections.Immutable;
using OrchardCustomers.Host.Caching;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// Where typed pages (page=N, an OFFSET) of the current tenant's list start: the row at an offset, by filter and order,
/// stamped like the totals (<see cref="CustomerCountCache"/>) with the tenant's newest activity id. A typed page then
/// starts with a keyset seek to the nearest known row at or before its offset and skips only the rest, instead of
/// walking the index from the first row: a reload of page 25,001 or a script paging by number reads one page, not
/// half a million index entries. The first request for a deep page still walks; it leaves the anchors of its first row
/// and of the next page's first row.
/// </summary>
public sealed class CustomerPageAnchors(TenantCache cache)
{
    /// <summary>Anchors kept per filter and order; the oldest go first (a script paging on moves forward).</summary>
    public const int MaxPerList = 64;

    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    /// <summary>The known row nearest at or before the offset (its offset and cursor), if any.</summary>
    public (long Offset, ListCursor Cursor)? Nearest(string list, long stamp, long offset)
    {
        if (!cache.TryGet<Entry>(Key(list), out var entry) || entry.Stamp != stamp)
        {
            return null;
        }

        (long Offset, ListCursor Cursor)? best = null;
        foreach (var anchor in entry.Anchors)
        {
            if (anchor.Offset <= offset && (best is null || anchor.Offset > best.Value.Offset))
            {
                best = (anchor.Offset, anchor.Cursor);
            }
        }

        return best;
    }

    public void Remember(string list, long stamp, IEnumerable<(long Offset, ListCursor Cursor)> anchors)
    {
        var known = cache.TryGet<Entry>(Key(list), out var entry) && entry.Stamp == stamp ? entry.Anchors : [];
        var added = anchors.Select(a => new Anchor(a.Offset, a.Cursor)).Where(a => !known.Any(k => k.Offset == a.Offset)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var all = known.AddRange(added);
        cache.Set(Key(list), new Entry(stamp, all.Count > MaxPerList ? all.RemoveRange(0, all.Count - MaxPerList) : all), Idle);
    }

    private static string Key(string list) => "Customers.Anchors:" + list;

    private sealed record Anchor(long Offset, ListCursor Cursor);

    private sealed record Entry(long Stamp, ImmutableList<Anchor> Anchors);
}
