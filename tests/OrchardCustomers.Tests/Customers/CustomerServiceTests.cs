using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.Duplicates;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>The customer service on a real tenant database: numbers, search, duplicates, conflicts, history.</summary>
public abstract class CustomerServiceTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;

    protected abstract DatabaseKind Kind { get; }

    private SiteFactory Site => _database.Site;

    public async Task InitializeAsync() => _database = await DatabaseSite.StartAsync(Kind);

    [Fact]
    public async Task Customers_get_numbers_from_their_ranges_and_are_found_by_search_with_umlauts()
    {
        var mueller = await CreateAsync(Company("Müller Holzbau GmbH", "10115", "Berlin", vatId: "DE136695976"));
        var strasse = await CreateAsync(Person("Anna", "Straße", "80331", "München"));
        Assert.Equal("K-00001", mueller.Number);
        Assert.Equal(10000, mueller.DebtorNumber);
        Assert.Equal("K-00002", strasse.Number);
        Assert.Equal(10001, strasse.DebtorNumber);

        foreach (var query in new[] { "müll", "MÜLLER", "muell", "mueller holz", "DE1366", "K-00001", "berlin" })
        {
            var page = await ListAsync(new CustomerListQuery { Q = query });
            Assert.True(page.Items.Any(i => i.Id == mueller.Id), $"'{query}' did not find Müller Holzbau.");
        }

        Assert.Equal([strasse.Id], (await ListAsync(new CustomerListQuery { Q = "Strasse" })).Items.Select(i => i.Id));
        Assert.Equal([strasse.Id], (await ListAsync(new CustomerListQuery { Q = "münchen" })).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(new CustomerListQuery { Q = "schmidt" })).Items);
    }

    [Fact]
    public async Task Keyset_pages_walk_the_whole_list_in_order_both_ways()
    {
        var names = new[] { "Zeta", "Alpha", "Ärger AG", "beta", "Gamma", "Delta", "Omega" };
        foreach (var name in names)
        {
            await CreateAsync(Company(name, "10115", "Berlin"), allowDuplicates: true);
        }

        var seen = new List<string>();
        var page = await ListAsync(new CustomerListQuery { PageSize = 3 });
        seen.AddRange(page.Items.Select(i => i.DisplayName));
        while (page.NextCursor is { } next)
        {
            page = await ListAsync(new CustomerListQuery { PageSize = 3, After = next });
            seen.AddRange(page.Items.Select(i => i.DisplayName));
        }

        Assert.Equal(["Alpha", "Ärger AG", "beta", "Delta", "Gamma", "Omega", "Zeta"], seen);
        var back = await ListAsync(new CustomerListQuery { PageSize = 3, Before = page.PreviousCursor });
        Assert.Equal(["Delta", "Gamma", "Omega"], back.Items.Select(i => i.DisplayName));
        Assert.Equal(7, back.Total);
    }

    [Fact]
    public async Task Search_totals_follow_the_status_filter_and_move_with_archive_and_restore()
    {
        var holz = await CreateAsync(Company("Müller Holzbau GmbH", "10115", "Berlin"));
        await CreateAsync(Company("Müllner Transporte KG", "80331", "München"));
        await CreateAsync(Company("Schulze Bau GmbH", "01067", "Dresden"));

        async Task<(long Active, long Archived, long All)> TotalsAsync(string q) => (
            (await ListAsync(new CustomerListQuery { Q = q })).Total,
            (await ListAsync(new CustomerListQuery { Q = q, Status = CustomerStatusFilter.Archived })).Total,
            (await ListAsync(new CustomerListQuery { Q = q, Status = CustomerStatusFilter.All })).Total);

        Assert.Equal((2, 0, 2), await TotalsAsync("müll"));
        Assert.Equal((2, 0, 2), await TotalsAsync("gmbh"));

        var archived = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().ArchiveAsync(holz.Id, null, null));
        Assert.True(archived.Succeeded, archived.Status.ToString());
        Assert.Equal((1, 1, 2), await TotalsAsync("müll"));
        Assert.Equal((1, 1, 2), await TotalsAsync("gmbh"));
        Assert.Equal([holz.Id], (await ListAsync(new CustomerListQuery { Q = "müll", Status = CustomerStatusFilter.Archived })).Items.Select(i => i.Id));

        var restored = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().RestoreAsync(holz.Id, null, null));
        Assert.True(restored.Succeeded, restored.Status.ToString());
        Assert.Equal((2, 0, 2), await TotalsAsync("müll"));
    }

    [Fact]
    public async Task Duplicates_are_reported_until_allowed()
    {
        var first = await CreateAsync(Company("Bäckerei Schmidt GmbH", "20095", "Hamburg", vatId: "DE811193231", email: "info@schmidt.de"));
        var result = await SaveAsync(Company("Baeckerei Schmidt", "20095", "Hamburg"));
        Assert.Equal(CustomerSaveStatus.Duplicates, result.Status);
        Assert.Contains(result.Duplicates, d => d.CustomerId == first.Id && d.Reason == DuplicateReason.SimilarNameSamePostcode);

        var byVat = await SaveAsync(Company("Ganz Anders KG", "01067", "Dresden", vatId: "de 811 193 231"));
        Assert.Contains(byVat.Duplicates, d => d.Reason == DuplicateReason.SameVatId && d.Value == "de811193231");
        var byEmail = await SaveAsync(Company("Noch Anders KG", "01067", "Dresden", email: "INFO@schmidt.de"));
        Assert.Contains(byEmail.Duplicates, d => d.Reason == DuplicateReason.SameEmail);

        Assert.Equal(CustomerSaveStatus.Saved, (await SaveAsync(Company("Ganz Anders KG", "01067", "Dresden", vatId: "DE811193231"), allowDuplicates: true)).Status);
    }

    [Fact]
    public async Task A_save_from_an_old_version_is_a_conflict_and_changes_nothing()
    {
        var customer = await CreateAsync(Company("Versioniert GmbH", "10115", "Berlin"));
        var first = Company("Versioniert GmbH", "10115", "Potsdam");
        Assert.Equal(CustomerSaveStatus.Saved, (await UpdateAsync(customer.Id, customer.Version, first)).Status);
        var stale = await UpdateAsync(customer.Id, customer.Version, Company("Versioniert GmbH", "10115", "Leipzig"));
        Assert.Equal(CustomerSaveStatus.Conflict, stale.Status);
        var stored = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().FindAsync(customer.Id));
        Assert.Equal("Potsdam", stored!.City);
        Assert.Equal(customer.Version + 1, stored.Version);
    }

    [Fact]
    public async Task When_the_debtor_range_is_used_up_customers_are_still_created_without_a_number_and_with_a_warning()
    {
        await Site.InTenantAsync("Default", async sp =>
        {
            var settings = sp.GetRequiredService<CustomerSettingsService>();
            var current = await settings.GetAsync();
            current.DebtorRangeStart = 10000;
            current.DebtorRangeEnd = 10001;
            await settings.SaveAsync(current);
        });

        // The range's last number is given, then none.
        Assert.Equal(10000, (await CreateAsync(Company("Erster Debitor GmbH", "10115", "Berlin"))).DebtorNumber);
        var last = await SaveAsync(Company("Letzter Debitor GmbH", "10115", "Berlin"));
        Assert.Equal((CustomerSaveStatus.Saved, 10001, 0), (last.Status, last.Customer!.DebtorNumber, last.Warnings.Count));
        var beyond = await SaveAsync(Company("Ohne Debitor GmbH", "10115", "Berlin"));
        Assert.Equal(CustomerSaveStatus.Saved, beyond.Status);
        Assert.Null(beyond.Customer!.DebtorNumber);
        var warning = Assert.Single(beyond.Warnings);
        Assert.Contains("10000–10001", warning, StringComparison.Ordinal);
        Assert.Null((await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().FindAsync(beyond.Customer.Id)))!.DebtorNumber);

        // Widened, the next save gives the customer the next number, without a warning.
        await Site.InTenantAsync("Default", async sp =>
        {
            var settings = sp.GetRequiredService<CustomerSettingsService>();
            var current = await settings.GetAsync();
            current.DebtorRangeEnd = 10099;
            await settings.SaveAsync(current);
        });
        var saved = await UpdateAsync(beyond.Customer.Id, beyond.Customer.Version, Company("Ohne Debitor GmbH", "10115", "Berlin"));
        Assert.Equal((CustomerSaveStatus.Saved, 10002, 0), (saved.Status, saved.Customer!.DebtorNumber, saved.Warnings.Count));
    }

    [Fact]
    public async Task Customers_are_found_by_street_contact_person_and_phone_number_in_any_format()
    {
        var input = Company("Müller Holzbau GmbH", "79098", "Freiburg im Breisgau");
        input.Addresses = [new AddressInput { Street = "Tullastraße 84", PostalCode = "79098", City = "Freiburg im Breisgau" }, new AddressInput { Type = AddressType.Delivery, Street = "Industriestr. 3", PostalCode = "79108", City = "Freiburg im Breisgau" }];
        input.Phones = [new PhoneInput { Number = "0761 4589120" }];
        input.Contacts = [new ContactInput { FirstName = "Jürgen", LastName = "Krämer", Phones = [new PhoneInput { Type = PhoneType.Mobile, Number = "0171 2345678" }] }];
        var mueller = await CreateAsync(input);
        await CreateAsync(Company("Schulze Bau GmbH", "01067", "Dresden"));

        foreach (var query in new[]
        {
            "Tullastraße", "tullastrasse", "Tulla", "Industriestraße", "industriestrasse 3", "Jürgen", "juergen", "Krämer",
            "0761 4589120", "07614589120", "+49 761 4589120", "0049 761 4589120", "(0761) 458 91-20", "4589120", "89120",
            "0171 2345678", "+49 171 2345678", "2345678",
        })
        {
            Assert.True((await ListAsync(new CustomerListQuery { Q = query })).Items.Select(i => i.Id).SequenceEqual([mueller.Id]), $"'{query}' did not find only Müller Holzbau.");
        }

        Assert.Empty((await ListAsync(new CustomerListQuery { Q = "9120" })).Items);
        Assert.Empty((await ListAsync(new CustomerListQuery { Q = "0761 4589121" })).Items);
        Assert.Equal(1, (await ListAsync(new CustomerListQuery { Q = "+49 761 4589120", Status = CustomerStatusFilter.All })).Total);
    }

    [Fact]
    public async Task The_category_and_tag_menus_follow_create_update_archive_delete_and_bulk_changes()
    {
        async Task AssertMenusAsync(string[] categories, string[] tags)
        {
            var (menuCategories, menuTags, readCategories, readTags) = await Site.InTenantAsync("Default", async sp =>
            {
                var menus = sp.GetRequiredService<CustomerListMenus>();
                var db = sp.GetRequiredService<CrmDbContext>();
                return (await menus.GetCategoriesAsync(), await menus.GetTagsAsync(),
                    await db.Customers.Where(c => c.Category != null).Select(c => c.Category!).Distinct().OrderBy(c => c).ToListAsync(),
                    await db.CustomerKeys.Where(k => k.Kind == CustomerKeyKind.Tag).Select(k => k.Value).Distinct().OrderBy(t => t).ToListAsync());
            });
            Assert.Equal(categories, menuCategories);
            Assert.Equal(tags, menuTags);
            Assert.Equal(readCategories, menuCategories);
            Assert.Equal(readTags, menuTags);
        }

        await AssertMenusAsync([], []);
        var a = Company("Alpha Bau GmbH", "10115", "Berlin");
        a.Category = "Handwerk";
        a.Tags = ["Stammkunde", "Newsletter"];
        var alpha = await CreateAsync(a);
        var b = Company("Beta Handel KG", "80331", "München");
        b.Category = "Handwerk";
        b.Tags = ["Newsletter"];
        var beta = await CreateAsync(b);
        var c = Company("Gamma Service GmbH", "01067", "Dresden");
        c.Category = "Dienstleistung";
        var gamma = await CreateAsync(c);
        await AssertMenusAsync(["Dienstleistung", "Handwerk"], ["newsletter", "stammkunde"]);

        // Category changed and a tag removed: the last carrier of "Stammkunde" drops it.
        a.Category = "Industrie";
        a.Tags = ["Newsletter"];
        alpha = (await UpdateAsync(alpha.Id, alpha.Version, a)).Customer!;
        await AssertMenusAsync(["Dienstleistung", "Handwerk", "Industrie"], ["newsletter"]);

        // Archived customers keep their values in the menus (the list can show archived customers).
        Assert.True((await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().ArchiveAsync(gamma.Id, null, null))).Succeeded);
        await AssertMenusAsync(["Dienstleistung", "Handwerk", "Industrie"], ["newsletter"]);

        // Deleted: its values go when no other customer carries them.
        Assert.True((await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().DeleteAsync(gamma.Id, null))).Succeeded);
        await AssertMenusAsync(["Handwerk", "Industrie"], ["newsletter"]);

        // The bulk action "set category" saves each customer through the service, as here.
        foreach (var customer in new[] { alpha, beta })
        {
            var current = (await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().FindAsync(customer.Id)))!;
            var input = CustomerMapper.ToInput(current);
            input.Category = "Öffentliche Hand";
            Assert.True((await UpdateAsync(current.Id, current.Version, input)).Succeeded);
        }

        await AssertMenusAsync(["Öffentliche Hand"], ["newsletter"]);
        Assert.True((await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().DeleteAsync(beta.Id, null))).Succeeded);
        Assert.True((await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().DeleteAsync(alpha.Id, null))).Succeeded);
        await AssertMenusAsync([], []);
    }

    [Fact]
    public async Task Existing_customers_are_re_indexed_for_the_new_search_fields_by_the_rebuild_task()
    {
        var input = Company("Müller Holzbau GmbH", "79098", "Freiburg");
        input.Addresses = [new AddressInput { Street = "Tullastraße 84", PostalCode = "79098", City = "Freiburg" }];
        input.Phones = [new PhoneInput { Number = "0761 4589120" }];
        var mueller = await CreateAsync(input);

        // As the previous version indexed it: no street, no phone; and the rebuild pending, as the migration leaves it.
        await Site.InTenantAsync("Default", async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            var old = SearchText.Document(["Müller Holzbau GmbH", "Freiburg", mueller.Number]) + " " + SearchText.StatusWord(CustomerStatus.Active);
            await db.Customers.Where(c => c.Id == mueller.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SearchText, old));
            await db.CustomerSearchRebuilds.ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, 1).SetProperty(r => r.DoneThroughId, 0));
        });
        Assert.Empty((await ListAsync(new CustomerListQuery { Q = "tullastrasse" })).Items);
        Assert.Empty((await ListAsync(new CustomerListQuery { Q = "0761 4589120" })).Items);

        var done = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerSearchRebuildTask>().RunAsync(TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.True(done);
        Assert.Equal([mueller.Id], (await ListAsync(new CustomerListQuery { Q = "tullastrasse" })).Items.Select(i => i.Id));
        Assert.Equal([mueller.Id], (await ListAsync(new CustomerListQuery { Q = "0761 4589120" })).Items.Select(i => i.Id));
        var (state, version) = await Site.InTenantAsync("Default", async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            return (await db.CustomerSearchRebuilds.SingleAsync(), (await db.Customers.SingleAsync(c => c.Id == mueller.Id)).Version);
        });
        Assert.Equal((CustomerIndexer.SearchVersion, 0L), (state.Version, state.DoneThroughId));
        Assert.Equal(mueller.Version, version);
    }

    [Fact]
    public async Task A_typed_deep_page_gives_the_rows_an_offset_over_the_whole_list_gives()
    {
        var names = Enumerable.Range(0, 57).Select(i => $"Firma {(i * 37) % 57:D2} GmbH").ToList();
        foreach (var name in names)
        {
            await CreateAsync(Company(name, "10115", "Berlin"), allowDuplicates: true);
        }

        foreach (var (sort, desc) in new[] { (CustomerSort.Name, false), (CustomerSort.Name, true), (CustomerSort.Created, false), (CustomerSort.Email, true), (CustomerSort.Number, false) })
        {
            var all = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerListService>().QueryAsync(new CustomerListQuery { Sort = sort, Desc = desc, PageSize = 200 }));
            Assert.Equal(57, all.Items.Count);
            foreach (var (page, size) in new[] { (6, 5), (3, 20), (12, 5), (2, 50), (6, 5), (7, 5), (5, 5), (13, 4), (29, 2), (1, 5) })
            {
                var typed = await ListAsync(new CustomerListQuery { Sort = sort, Desc = desc, Page = page, PageSize = size });
                Assert.Equal(all.Items.Skip((page - 1) * size).Take(size).Select(i => i.Id), typed.Items.Select(i => i.Id));
                Assert.Equal((page - 1) * size + size < 57, typed.NextCursor is not null);
            }
        }
    }

    private Task<Customer> CreateAsync(CustomerInput input, bool allowDuplicates = false) =>
        Site.InTenantAsync("Default", async sp =>
        {
            var result = await sp.GetRequiredService<CustomerService>().CreateAsync(input, allowDuplicates, null);
            Assert.True(result.Succeeded, $"{result.Status}: {string.Join(", ", result.Errors.Select(e => e.Field + " " + e.Message))}");
            return result.Customer!;
        });

    private Task<CustomerSaveResult> SaveAsync(CustomerInput input, bool allowDuplicates = false) =>
        Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().CreateAsync(input, allowDuplicates, null));

    private Task<CustomerSaveResult> UpdateAsync(long id, int version, CustomerInput input) =>
        Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().UpdateAsync(id, version, input, false, null));

    private Task<CustomerListPage> ListAsync(CustomerListQuery query) =>
        Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerListService>().QueryAsync(query));

    private static CustomerInput Company(string name, string postalCode, string city, string? vatId = null, string? email = null) => new()
    {
        Kind = CustomerKind.Company,
        CompanyName = name,
        VatId = vatId,
        Emails = email is null ? [] : [email],
        Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = postalCode, City = city }],
    };

    private static CustomerInput Person(string first, string last, string postalCode, string city) => new()
    {
        Kind = CustomerKind.Person,
        FirstName = first,
        LastName = last,
        Addresses = [new AddressInput { Street = "Marienplatz 1", PostalCode = postalCode, City = city }],
    };

    public async Task DisposeAsync()
    {
        Site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
