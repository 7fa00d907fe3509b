using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Module.Customers;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Module.Shared.Numbering;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;
using OrchardCustomers.Tests.SampleModule.Tickets;

namespace OrchardCustomers.Tests.ContentHandlers;

/// <summary>
/// Content handlers on a real tenant database: the shared history handler and SampleModule's handler run for two
/// content types, only where their feature is enabled, inside the saving transaction.
/// </summary>
public abstract class ContentHandlerTests(MultiTenantSite fixture)
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task Creating_a_ticket_runs_the_sample_handler_and_the_shared_history_handler()
    {
        var ticket = await CreateTicketAsync("Default", "Drucker klemmt");
        Assert.Equal(SampleTicketHandler.Stamp, (await FindTicketAsync("Default", ticket.Id))!.StampedBy);

        var entry = Assert.Single(await HistoryAsync("Default", SampleTicket.ContentType, ticket.Id));
        Assert.Equal(ActivityKind.Created, entry.Kind);
        Assert.Contains(entry.Changes, c => c.Field == "title" && c.New == "Drucker klemmt");
    }

    [Fact]
    public async Task The_sample_handler_runs_only_in_the_tenant_where_its_feature_is_enabled()
    {
        // acme turns the feature off inside a transaction that is never committed, so the shared site stays as it was.
        await Site.InTenantAsync("acme", async sp =>
        {
            await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
            await sp.GetRequiredService<ShellFeaturesManager>().DisableAsync([SampleFeature.Id]);
            var result = await sp.GetRequiredService<SampleTicketService>().CreateAsync(new SampleTicketInput { Title = "Ohne Stempel" }, null);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
            var stored = await sp.GetRequiredService<SampleDbContext>().Tickets.AsNoTracking().SingleAsync(t => t.Id == result.Ticket!.Id);
            Assert.Null(stored.StampedBy);
            // The history is a shared building block: it is written whatever the features.
            Assert.Equal(1, await sp.GetRequiredService<CrmDbContext>().Activities
                .CountAsync(a => a.ContentType == SampleTicket.ContentType && a.ContentItemId == result.Ticket!.Id));
        });

        var enabled = await CreateTicketAsync("globex", "Mit Stempel");
        Assert.Equal(SampleTicketHandler.Stamp, (await FindTicketAsync("globex", enabled.Id))!.StampedBy);
    }

    [Fact]
    public async Task A_handler_that_throws_rolls_the_whole_ticket_save_back()
    {
        var ticketsBefore = await CountTicketsAsync("Default");
        var historyBefore = await CountHistoryAsync("Default", SampleTicket.ContentType);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Site.InTenantAsync("Default", sp =>
            sp.GetRequiredService<SampleTicketService>().CreateAsync(new SampleTicketInput { Title = SampleTicketHandler.FailingName }, null)));

        Assert.Equal(ticketsBefore, await CountTicketsAsync("Default"));
        Assert.Equal(historyBefore, await CountHistoryAsync("Default", SampleTicket.ContentType));
    }

    [Fact]
    public async Task A_handler_that_throws_rolls_the_customer_save_back_and_its_number_is_taken_again()
    {
        var before = await CreateCustomerAsync("Vorher GmbH");
        var customersBefore = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().Customers.CountAsync());
        var historyBefore = await CountHistoryAsync("Default", CustomersFeature.ContentType);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Site.InTenantAsync("Default", sp =>
            sp.GetRequiredService<CustomerService>().CreateAsync(Company(SampleTicketHandler.FailingName), true, null)));

        Assert.Equal(customersBefore, await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().Customers.CountAsync()));
        Assert.Equal(historyBefore, await CountHistoryAsync("Default", CustomersFeature.ContentType));
        // The number the failed save took is given again: no gap.
        var after = await CreateCustomerAsync("Nachher GmbH");
        Assert.Equal(NumberOf(before) + 1, NumberOf(after));
        Assert.Equal(before.DebtorNumber + 1, after.DebtorNumber);
    }

    [Fact]
    public async Task The_customer_lifecycle_reaches_the_history_through_the_handlers_and_an_unchanged_save_writes_nothing()
    {
        var customer = await CreateCustomerAsync("Lebenslauf GmbH");
        var updated = await Site.InTenantAsync("Default", sp =>
            sp.GetRequiredService<CustomerService>().UpdateAsync(customer.Id, customer.Version, Company("Lebenslauf GmbH", "Potsdam"), true, null));
        Assert.Equal(CustomerSaveStatus.Saved, updated.Status);
        var unchanged = await Site.InTenantAsync("Default", sp =>
            sp.GetRequiredService<CustomerService>().UpdateAsync(customer.Id, updated.Customer!.Version, Company("Lebenslauf GmbH", "Potsdam"), true, null));
        Assert.Equal(CustomerSaveStatus.Saved, unchanged.Status);
        await Site.InTenantAsync("Default", async sp =>
        {
            var service = sp.GetRequiredService<CustomerService>();
            Assert.True((await service.ArchiveAsync(customer.Id, null, null)).Succeeded);
        });
        await Site.InTenantAsync("Default", async sp => Assert.True((await sp.GetRequiredService<CustomerService>().RestoreAsync(customer.Id, null, null)).Succeeded));
        await Site.InTenantAsync("Default", async sp => Assert.True((await sp.GetRequiredService<CustomerService>().DeleteAsync(customer.Id, null)).Succeeded));

        var history = await HistoryAsync("Default", CustomersFeature.ContentType, customer.Id);
        Assert.Equal([ActivityKind.Created, ActivityKind.Updated, ActivityKind.Archived, ActivityKind.Restored, ActivityKind.Deleted], history.Select(e => e.Kind));
        Assert.Contains(history[1].Changes, c => c.Field == "addresses[0].city" && c.Old == "Berlin" && c.New == "Potsdam");
        Assert.Equal($"{customer.Number} Lebenslauf GmbH", history[4].Detail);
    }

    [Fact]
    public async Task A_deleting_handler_cancels_the_deletion_with_its_reason()
    {
        var ticket = await CreateTicketAsync("Default", "Gesperrt", SampleTicketHandler.LockedStatus);
        var result = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<SampleTicketService>().DeleteAsync(ticket.Id, null));
        Assert.Equal(["A locked ticket cannot be deleted."], result.Errors);
        Assert.NotNull(await FindTicketAsync("Default", ticket.Id));
        Assert.DoesNotContain(await HistoryAsync("Default", SampleTicket.ContentType, ticket.Id), e => e.Kind == ActivityKind.Deleted);

        var open = await CreateTicketAsync("Default", "Offen");
        Assert.True((await Site.InTenantAsync("Default", sp => sp.GetRequiredService<SampleTicketService>().DeleteAsync(open.Id, null))).Succeeded);
        Assert.Null(await FindTicketAsync("Default", open.Id));
        Assert.Contains(await HistoryAsync("Default", SampleTicket.ContentType, open.Id), e => e.Kind == ActivityKind.Deleted && e.Detail == "Offen");
    }

    [Fact]
    public async Task A_number_taken_in_a_rolled_back_transaction_is_taken_again_in_the_patterns_shape()
    {
        var name = "TestInvoice" + Guid.NewGuid().ToString("N")[..8];
        var pattern = NumberPattern.Parse("RE-{yyyy}-{0000}");
        var year = await Site.InTenantAsync("Default", async sp =>
            NumberPattern.YearAt(TimeProvider.System.GetUtcNow(), (await sp.GetRequiredService<SiteService>().GetAsync()).TimeZone));

        var rolledBack = await Site.InTenantAsync("Default", async sp =>
        {
            await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
            return await sp.GetRequiredService<NumberSequenceService>().NextNumberAsync(name, pattern);
        });
        async Task<string> TakeAsync() => await Site.InTenantAsync("Default", async sp =>
        {
            await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
            var number = await sp.GetRequiredService<NumberSequenceService>().NextNumberAsync(name, pattern);
            await transaction.CommitAsync();
            return number;
        });

        Assert.Equal($"RE-{year}-0001", rolledBack);
        Assert.Equal($"RE-{year}-0001", await TakeAsync());
        Assert.Equal($"RE-{year}-0002", await TakeAsync());
    }

    private Task<SampleTicket> CreateTicketAsync(string tenant, string title, string status = "Open") =>
        Site.InTenantAsync(tenant, async sp =>
        {
            var result = await sp.GetRequiredService<SampleTicketService>().CreateAsync(new SampleTicketInput { Title = title, Status = status }, null);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
            return result.Ticket!;
        });

    private Task<SampleTicket?> FindTicketAsync(string tenant, long id) =>
        Site.InTenantAsync(tenant, sp => sp.GetRequiredService<SampleTicketService>().FindAsync(id));

    private Task<int> CountTicketsAsync(string tenant) =>
        Site.InTenantAsync(tenant, sp => sp.GetRequiredService<SampleDbContext>().Tickets.CountAsync());

    private Task<int> CountHistoryAsync(string tenant, string contentType) =>
        Site.InTenantAsync(tenant, sp => sp.GetRequiredService<CrmDbContext>().Activities.CountAsync(a => a.ContentType == contentType));

    private Task<List<ContentActivity>> HistoryAsync(string tenant, string contentType, long id) =>
        Site.InTenantAsync(tenant, sp => sp.GetRequiredService<CrmDbContext>().Activities.AsNoTracking()
            .Where(a => a.ContentType == contentType && a.ContentItemId == id).OrderBy(a => a.Id).ToListAsync());

    private Task<Customer> CreateCustomerAsync(string name) =>
        Site.InTenantAsync("Default", async sp =>
        {
            var result = await sp.GetRequiredService<CustomerService>().CreateAsync(Company(name), true, null);
            Assert.True(result.Succeeded, result.Status.ToString());
            return result.Customer!;
        });

    private static int NumberOf(Customer customer) => int.Parse(customer.Number[2..], System.Globalization.CultureInfo.InvariantCulture);

    private static CustomerInput Company(string name, string city = "Berlin") => new()
    {
        Kind = CustomerKind.Company,
        CompanyName = name,
        Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = city }],
    };
}
