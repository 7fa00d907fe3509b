using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Data;

/// <summary>After a rolled-back transaction the scope forgets what it changed: it reads what is stored and writes nothing of it later.</summary>
public abstract class TenantTransactionTests(MultiTenantSite fixture)
{
    [Fact]
    public async Task After_a_rollback_the_scope_reads_the_stored_row_and_does_not_write_the_rolled_back_changes_later()
    {
        var customerId = fixture.Samples("globex").CustomerId;
        var noteId = Guid.NewGuid();
        var stored = await fixture.Site.InTenantAsync("globex", sp =>
            sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.DisplayName).SingleAsync());
        await fixture.Site.InTenantAsync("globex", async sp =>
        {
            var database = sp.GetRequiredService<TenantDatabase>();
            var db = sp.GetRequiredService<CrmDbContext>();
            await using (await database.BeginTransactionAsync())
            {
                var customer = await db.Customers.SingleAsync(c => c.Id == customerId);
                customer.DisplayName = "Zurückgerollt GmbH";
                await db.SaveChangesAsync();
                // Added but never saved: without forgetting it, the next save of the scope would write it.
                db.CustomerNotes.Add(new CustomerNote { Id = noteId, CustomerId = customerId, Text = "zurückgerollt", AuthorName = "test", CreatedUtc = DateTime.UtcNow });
            }

            Assert.Equal(stored, (await db.Customers.SingleAsync(c => c.Id == customerId)).DisplayName);
            await db.SaveChangesAsync();
        });

        await fixture.Site.InTenantAsync("globex", async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            Assert.Equal(stored, (await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId)).DisplayName);
            Assert.False(await db.CustomerNotes.AnyAsync(n => n.Id == noteId));
        });
        fixture.Site.Errors.AssertEmpty();
    }
}
