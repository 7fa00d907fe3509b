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
    CrmDbContext db, ICustomerSearch search, SiteService site, CustomerCountCache totals, CustomerListFilters filters, IStringLocalizer<CustomerListService> S)
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

    /// <summary>The same page, with the whole customers (for the API), loaded by id after the page is known.</summary>
    public async Task<(CustomerListPage Page, IReadOnlyList<Customer> Customers)> QueryCustomersAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        var page = await QueryAsync(query, cancellationToken);
        var ids = page.Items.Select(i => i.Id).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        return (page, [.. ids.Select(id => customers.Single(c => c.Id == id))]);
    }

    public async Task<CustomerListPage> QueryAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var unsearched = await FilterAsync(query, cancellationToken);
        var terms = string.IsNullOrWhiteSpace(query.Q) ? [] : SearchText.Terms(query.Q);
        var filtered = terms.Count > 0 ? search.Apply(unsearched, terms) : unsearched;
        var total = await TotalAsync(query, unsearched, terms, cancellationToken);

        var after = ListCursor.Decode(query.After, query.Sort, query.Desc);
        var before = after is null ? ListCursor.Decode(query.Before, query.Sort, query.Desc) : null;
        IQueryable<Customer> window = (after, before) switch
        {
            ({ } cursor, _) => Order(Beyond(filtered, cursor, forward: true), query.Sort, query.Desc),
            (_, { } cursor) => Order(Beyond(filtered, cursor, forward: false), query.Sort, !query.Desc),
            _ => Order(filtered, query.Sort, query.Desc).Skip((int)Math.Min(int.MaxValue, (page - 1L) * size)),
        };

        // The page's ids first, from the indexes alone; then only those rows. The wide rows (with their JSON parts)
        // are never read for rows that are sorted or skipped.
        var ids = await window.Take(size + 1).Select(c => c.Id).ToListAsync(cancellationToken);
        var found = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new CustomerListRow(
            c.Id, c.Number, c.DisplayName, c.SortName, c.Kind, c.Status, c.IsReadOnly, c.PrimaryEmail, c.City, c.Category, c.CreatedUtc, c.CustomFields))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var rows = ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (before is not null)
        {
            rows.Reverse();
        }

        var hasNext = before is not null || more;
        var hasPrevious = before is not null ? more : page > 1 || after is not null;
        return new CustomerListPage(
            rows,
            total,
            page,
            size,
            hasNext && rows.Count > 0 ? CursorOf(rows[^1], query).Encode() : null,
            hasPrevious && rows.Count > 0 ? CursorOf(rows[0], query).Encode() : null);
    }

    private async Task<long> TotalAsync(CustomerListQuery query, IQueryable<Customer> unsearched, IReadOnlyList<IReadOnlyList<string>> terms, CancellationToken cancellationToken)
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

        // Inside a transaction the count may see changes that are rolled back, and SQLite hands out a rolled-back
        // activity id again: such a total must not be kept.
        // A contributed filter may narrow by data of its own that changes without a customer activity (the stamp below):
        // its totals are counted every time.
        if (db.Database.CurrentTransaction is not null || query.Filters.Count > 0)
        {
            return await CountAsync();
        }

        // The stamp is read before counting: a change committed in between gives a newer stamp next time, never a
        // stale total under the new stamp.
        var stamp = await db.Activities.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var filter = string.Join('|', query.Status, query.Kind, query.Category?.Trim(), query.Tag?.Trim().ToLowerInvariant(), query.CreatedFrom, query.CreatedTo,
            string.Join(' ', terms.Select(variants => string.Join(',', variants))));
        if (totals.TryGet(filter, stamp, out var total))
        {
            return total;
        }

        total = await CountAsync();
        totals.Set(filter, stamp, total);
        return total;
    }

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

    private static ListCursor CursorOf(CustomerListRow row, CustomerListQuery query) => new(query.Sort, query.Desc, query.Sort switch
    {
        CustomerSort.Email => row.PrimaryEmail,
        CustomerSort.Number => row.Number,
        CustomerSort.Created => row.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        _ => row.SortName,
    }, row.Id);
}
