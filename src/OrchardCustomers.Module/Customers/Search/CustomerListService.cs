using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// The query behind the customer list and the list API. Everything happens in the database: full-text search,
/// filters, the order, the count and the page. Pages deep in the list use a keyset (the last row's sort value and id)
/// instead of an offset, so page 25,000 costs what page 1 costs. The total is counted once per filter and reused
/// until a customer changes (<see cref="CustomerCountCache"/>).
/// </summary>
public sealed class CustomerListService(
    CrmDbContext db,
    ICustomerSearch search,
    SiteService site,
    CustomerCountCache totals,
    CustomerPageAnchors anchors,
    CustomerListFilters filters,
    IStringLocalizer<CustomerListService> S)
{
    public const int MaxPageSize = 200;

    /// <summary>Offsets end here (200 million rows at the largest page size); deeper pages follow the cursors.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The dates a date-added filter may name: any customer's, with room, and far from DateOnly's ends.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2999, 12, 31);

    /// <summary>
    /// What is wrong with a query's parameters, each error keyed by the query-string parameter: pages and page sizes
    /// out of range, dates the filter cannot use, cursors this list did not make, values no enum has. Empty when the
    /// query can run.
    /// </summary>
    public IReadOnlyList<CustomerError> Check(CustomerListQuery query)
    {
        var errors = new List<CustomerError>();
        if (query.Page is < 1 or > MaxPage)
        {
            errors.Add(new CustomerError("page", S["The page number runs from 1 to {0}; for deeper pages follow the next page's link.", MaxPage]));
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new CustomerError("pageSize", S["The page size runs from 1 to {0}.", MaxPageSize]));
        }

        foreach (var (name, date) in new[] { ("createdFrom", query.CreatedFrom), ("createdTo", query.CreatedTo) })
        {
            if (date is { } day && (day < EarliestDate || day > LatestDate))
            {
                errors.Add(new CustomerError(name, S["Enter a date from {0} to {1}.", EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            }
        }

        foreach (var (name, cursor) in new[] { ("after", query.After), ("before", query.Before) })
        {
            if (!ListCursor.TryDecode(cursor, query.Sort, query.Desc, out _))
            {
                errors.Add(new CustomerError(name, S["This is not a link to a page of this list (any more). Start again from the first page."]));
            }
        }

        if (!Enum.IsDefined(query.Status))
        {
            errors.Add(new CustomerError("status", S["Choose one of the values offered."]));
        }

        if (query.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(new CustomerError("kind", S["Choose one of the values offered."]));
        }

        if (!Enum.IsDefined(query.Sort))
        {
            errors.Add(new CustomerError("sort", S["Choose one of the values offered."]));
        }

        return errors;
    }

    /// <summary>
    /// The same page with the whole customers (for the API), read by id once the page is known. The page's
    /// <see cref="CustomerListPage.Items"/> are left empty: the customers are the page, and reading the list's row
    /// columns as well would be a query and a row object per customer for nothing.
    /// </summary>
    public async Task<(CustomerListPage Page, IReadOnlyList<Customer> Customers)> QueryCustomersAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        var window = await WindowAsync(query, cancellationToken);
        var found = await db.Customers.AsNoTracking().Where(c => window.Ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var customers = window.Ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        var (rows, next, previous) = Finish(window, customers, c => CursorOf(c, query));
        return (new CustomerListPage([], window.Total, window.Page, window.Size, next, previous), rows);
    }

    public async Task<CustomerListPage> QueryAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        var window = await WindowAsync(query, cancellationToken);

        // Only the page's rows, by id: the wide rows (with their JSON parts) are never read for rows that are sorted
        // or skipped, and only the columns the list shows are read for these.
        var found = await db.Customers.AsNoTracking().Where(c => window.Ids.Contains(c.Id)).Select(c => new CustomerListRow(
            c.Id, c.Number, c.DisplayName, c.SortName, c.Kind, c.Status, c.IsReadOnly, c.PrimaryEmail, c.City, c.Category, c.CreatedUtc, c.CustomFields))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var (rows, next, previous) = Finish(window, window.Ids.Where(found.ContainsKey).Select(id => found[id]).ToList(), r => CursorOf(r, query));
        return new CustomerListPage(rows, window.Total, window.Page, window.Size, next, previous);
    }

    /// <summary>
    /// The page's ids (one more than the page, to know whether another follows), from the indexes alone, and the
    /// total. A typed page (an offset) seeks to the nearest row a former request left at or before it
    /// (<see cref="CustomerPageAnchors"/>) and skips only the rest.
    /// </summary>
    private async Task<ListWindow> WindowAsync(CustomerListQuery query, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var unsearched = await FilterAsync(query, cancellationToken);
        var terms = string.IsNullOrWhiteSpace(query.Q) ? [] : SearchText.Terms(query.Q);
        var filtered = terms.Count > 0 ? search.Apply(unsearched, terms) : unsearched;

        // Totals and anchors are kept per tenant under the newest activity id, read at most once per request. Not
        // inside a transaction: a count there may see changes that are rolled back, and SQLite hands out a rolled-back
        // activity id again. Not with a contributed filter: it may narrow by data of its own that changes without a
        // customer activity.
        var cacheable = db.Database.CurrentTransaction is null && query.Filters.Count == 0;
        long? stamp = null;
        async Task<long> StampAsync() => stamp ??= await db.Activities.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;

        var total = await TotalAsync(query, unsearched, terms, cacheable, StampAsync, cancellationToken);

        var after = ListCursor.Decode(query.After, query.Sort, query.Desc);
        var before = after is null ? ListCursor.Decode(query.Before, query.Sort, query.Desc) : null;
        var offset = (page - 1L) * size;
        string? anchored = null;
        IQueryable<Customer> window;
        if (after is not null)
        {
            window = Order(Beyond(filtered, after, forward: true), query.Sort, query.Desc);
        }
        else if (before is not null)
        {
            window = Order(Beyond(filtered, before, forward: false), query.Sort, !query.Desc);
        }
        else
        {
            var start = 0L;
            var from = filtered;
            if (offset > 0 && cacheable)
            {
                anchored = FilterKey(query, terms) + "|" + query.Sort + "|" + query.Desc;
                if (anchors.Nearest(anchored, await StampAsync(), offset) is { } anchor)
                {
                    // From the anchor's row on, itself included: the id just before it as the cursor's tie-breaker.
                    start = anchor.Offset;
                    from = Beyond(filtered, anchor.Cursor with { Id = anchor.Cursor.Desc ? anchor.Cursor.Id + 1 : anchor.Cursor.Id - 1 }, forward: true);
                }
            }

            window = Order(from, query.Sort, query.Desc).Skip((int)Math.Min(int.MaxValue, offset - start));
        }

        var ids = await window.Take(size + 1).Select(c => c.Id).ToListAsync(cancellationToken);
        return new ListWindow(ids, total, page, size, offset, after is not null, before is not null, anchored, stamp);
    }

    /// <summary>The page's rows in order and its cursors; a typed page leaves its anchors for the next request.</summary>
    private (List<T> Rows, string? Next, string? Previous) Finish<T>(ListWindow window, List<T> rows, Func<T, ListCursor> cursorOf)
    {
        var more = rows.Count > window.Size;
        if (window.Anchored is { } list && window.Stamp is { } stamp && rows.Count > 0)
        {
            // This page's first row, and the next page's (the extra row read): a reload and "page + 1" seek exactly.
            anchors.Remember(list, stamp, more
                ? [(window.Offset, cursorOf(rows[0])), (window.Offset + window.Size, cursorOf(rows[window.Size]))]
                : [(window.Offset, cursorOf(rows[0]))]);
        }

        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (window.Backwards)
        {
            rows.Reverse();
        }

        var hasNext = window.Backwards || more;
        var hasPrevious = window.Backwards ? more : window.Page > 1 || window.Forwards;
        return (rows,
            hasNext && rows.Count > 0 ? cursorOf(rows[^1]).Encode() : null,
            hasPrevious && rows.Count > 0 ? cursorOf(rows[0]).Encode() : null);
    }

    private async Task<long> TotalAsync(
        CustomerListQuery query, IQueryable<Customer> unsearched, IReadOnlyList<IReadOnlyList<string>> terms, bool cacheable, Func<Task<long>> stampAsync, CancellationToken cancellationToken)
    {
        var statusOnly = query is { Kind: null, CreatedFrom: null, CreatedTo: null, Filters.Count: 0 } && string.IsNullOrWhiteSpace(query.Category) && string.IsNullOrWhiteSpace(query.Tag);
        if (statusOnly && terms.Count == 0)
        {
            // Only the status filters: the triggers' per-status totals answer at once, however many customers there are.
            var counts = db.CustomerStatusCounts.AsNoTracking();
            return query.Status switch
            {
                CustomerStatusFilter.Active => await counts.Where(c => c.Status == CustomerStatus.Active).SumAsync(c => c.Count, cancellationToken),
                CustomerStatusFilter.Archived => await counts.Where(c => c.Status == CustomerStatus.Archived).SumAsync(c => c.Count, cancellationToken),
                _ => await counts.SumAsync(c => c.Count, cancellationToken),
            };
        }

        // Every other total is counted once per filter. A search with no filter but the status is counted by the
        // full-text index alone, without reading the matches' rows: the status is a word of the search document.
        Task<long> CountAsync() => (statusOnly, terms.Count > 0) switch
        {
            (true, _) => search.CountMatchesAsync(terms, StatusOf(query.Status), cancellationToken),
            (false, true) => search.CountAsync(unsearched, terms, cancellationToken),
            (false, false) => unsearched.LongCountAsync(cancellationToken),
        };

        if (!cacheable)
        {
            return await CountAsync();
        }

        // The stamp is read before counting: a change committed in between gives a newer stamp next time, never a
        // stale total under the new stamp.
        var stamp = await stampAsync();
        var filter = FilterKey(query, terms);
        if (totals.TryGet(filter, stamp, out var total))
        {
            return total;
        }

        total = await CountAsync();
        totals.Set(filter, stamp, total);
        return total;
    }

    /// <summary>The filters and the search as a cache key: the same key, the same rows in the same order.</summary>
    private static string FilterKey(CustomerListQuery query, IReadOnlyList<IReadOnlyList<string>> terms) =>
        string.Join('|', query.Status, query.Kind, query.Category?.Trim(), query.Tag?.Trim().ToLowerInvariant(), query.CreatedFrom, query.CreatedTo,
            string.Join(' ', terms.Select(variants => string.Join(',', variants))));

    private static CustomerStatus? StatusOf(CustomerStatusFilter filter) => filter switch
    {
        CustomerStatusFilter.Active => CustomerStatus.Active,
        CustomerStatusFilter.Archived => CustomerStatus.Archived,
        _ => null,
    };

    /// <summary>Every filter but the search, which the engine applies in its own way.</summary>
    private async Task<IQueryable<Customer>> FilterAsync(CustomerListQuery query, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking();
        customers = query.Status switch
        {
            CustomerStatusFilter.Active => customers.Where(c => c.Status == CustomerStatus.Active),
            CustomerStatusFilter.Archived => customers.Where(c => c.Status == CustomerStatus.Archived),
            _ => customers,
        };

        if (query.Kind is { } kind)
        {
            customers = customers.Where(c => c.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim();
            customers = customers.Where(c => c.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim().ToLowerInvariant();
            customers = customers.Where(c => db.CustomerKeys.Any(k => k.CustomerId == c.Id && k.Kind == CustomerKeyKind.Tag && k.Value == tag));
        }

        if (query.CreatedFrom is not null || query.CreatedTo is not null)
        {
            var zone = (await site.GetAsync(cancellationToken)).TimeZone;
            if (query.CreatedFrom is { } from && from > DateOnly.MinValue)
            {
                var start = StartOfDayUtc(from, zone);
                customers = customers.Where(c => c.CreatedUtc >= start);
            }

            if (query.CreatedTo is { } to && to < DateOnly.MaxValue)
            {
                var end = StartOfDayUtc(to.AddDays(1), zone);
                customers = customers.Where(c => c.CreatedUtc < end);
            }
        }

        return await filters.ApplyAsync(customers, query.Filters, cancellationToken);
    }

    private static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    private static IQueryable<Customer> Order(IQueryable<Customer> customers, CustomerSort sort, bool desc) => (sort, desc) switch
    {
        (CustomerSort.Email, false) => customers.OrderBy(c => c.PrimaryEmail).ThenBy(c => c.Id),
        (CustomerSort.Email, true) => customers.OrderByDescending(c => c.PrimaryEmail).ThenByDescending(c => c.Id),
        (CustomerSort.Number, false) => customers.OrderBy(c => c.Number).ThenBy(c => c.Id),
        (CustomerSort.Number, true) => customers.OrderByDescending(c => c.Number).ThenByDescending(c => c.Id),
        (CustomerSort.Created, false) => customers.OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id),
        (CustomerSort.Created, true) => customers.OrderByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id),
        (_, false) => customers.OrderBy(c => c.SortName).ThenBy(c => c.Id),
        (_, true) => customers.OrderByDescending(c => c.SortName).ThenByDescending(c => c.Id),
    };

    /// <summary>
    /// The rows after (or before) the cursor in the list's order. Written as "key ≥ v and (key &gt; v or id beyond)"
    /// so that the database walks the (status, key, id) index from the cursor on.
    /// </summary>
    private static IQueryable<Customer> Beyond(IQueryable<Customer> customers, ListCursor cursor, bool forward)
    {
        var ascending = forward != cursor.Desc;
        var v = cursor.Value;
        var id = cursor.Id;
        return (cursor.Sort, ascending) switch
        {
            (CustomerSort.Email, true) => customers.Where(c => c.PrimaryEmail.CompareTo(v) >= 0 && (c.PrimaryEmail.CompareTo(v) > 0 || c.Id > id)),
            (CustomerSort.Email, false) => customers.Where(c => c.PrimaryEmail.CompareTo(v) <= 0 && (c.PrimaryEmail.CompareTo(v) < 0 || c.Id < id)),
            (CustomerSort.Number, true) => customers.Where(c => c.Number.CompareTo(v) >= 0 && (c.Number.CompareTo(v) > 0 || c.Id > id)),
            (CustomerSort.Number, false) => customers.Where(c => c.Number.CompareTo(v) <= 0 && (c.Number.CompareTo(v) < 0 || c.Id < id)),
            (CustomerSort.Created, true) => Created(customers, v, id, ascending: true),
            (CustomerSort.Created, false) => Created(customers, v, id, ascending: false),
            (_, true) => customers.Where(c => c.SortName.CompareTo(v) >= 0 && (c.SortName.CompareTo(v) > 0 || c.Id > id)),
            (_, false) => customers.Where(c => c.SortName.CompareTo(v) <= 0 && (c.SortName.CompareTo(v) < 0 || c.Id < id)),
        };
    }

    private static IQueryable<Customer> Created(IQueryable<Customer> customers, string value, long id, bool ascending)
    {
        var at = new DateTime(long.Parse(value, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        return ascending
            ? customers.Where(c => c.CreatedUtc >= at && (c.CreatedUtc > at || c.Id > id))
            : customers.Where(c => c.CreatedUtc <= at && (c.CreatedUtc < at || c.Id < id));
    }

    private static ListCursor CursorOf(Customer customer, CustomerListQuery query) => new(query.Sort, query.Desc, query.Sort switch
    {
        CustomerSort.Email => customer.PrimaryEmail,
        CustomerSort.Number => customer.Number,
        CustomerSort.Created => customer.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        _ => customer.SortName,
    }, customer.Id);

    private static ListCursor CursorOf(CustomerListRow row, CustomerListQuery query) => new(query.Sort, query.Desc, query.Sort switch
    {
        CustomerSort.Email => row.PrimaryEmail,
        CustomerSort.Number => row.Number,
        CustomerSort.Created => row.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        _ => row.SortName,
    }, row.Id);
}
