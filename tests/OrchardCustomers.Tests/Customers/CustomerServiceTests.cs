using OrchardCustomers.Module.Customers.Duplicates;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Services;
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
