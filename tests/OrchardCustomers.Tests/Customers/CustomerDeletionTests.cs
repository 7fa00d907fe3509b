using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>A customer that something still refers to is not deleted; each deletion rule is checked on its own.</summary>
public abstract class CustomerDeletionTests(MultiTenantSite fixture)
{
    [Fact]
    public async Task A_customer_with_only_a_file_is_not_deleted_until_the_file_is_gone()
    {
        var id = await fixture.Site.InTenantAsync("acme", async sp =>
        {
            var customer = (await sp.GetRequiredService<CustomerService>().CreateAsync(
                new CustomerInput { Kind = CustomerKind.Company, CompanyName = "Nur-Datei GmbH", Addresses = [new AddressInput { PostalCode = "10115", City = "Berlin" }] },
                true,
                null)).Customer!;
            var db = sp.GetRequiredService<CrmDbContext>();
            db.Files.Add(new ContentFile
            {
                Id = Guid.NewGuid(), ContentType = "Customer", ContentItemId = customer.Id, FileName = "angebot.pdf", MediaType = "application/pdf",
                Content = "%PDF-1.4 test"u8.ToArray(), Length = 13, UploadedBy = "test", UploadedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return customer.Id;
        });

        var refused = await fixture.Site.InTenantAsync("acme", sp => sp.GetRequiredService<CustomerService>().DeleteAsync(id, null));
        Assert.Equal(CustomerSaveStatus.Blocked, refused.Status);
        Assert.Equal(["It has a file."], refused.Reasons);
        Assert.NotNull(await fixture.Site.InTenantAsync("acme", sp => sp.GetRequiredService<CustomerService>().FindAsync(id)));

        await fixture.Site.InTenantAsync("acme", async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            db.Files.RemoveRange(db.Files.Where(f => f.ContentType == "Customer" && f.ContentItemId == id));
            await db.SaveChangesAsync();
        });
        var deleted = await fixture.Site.InTenantAsync("acme", sp => sp.GetRequiredService<CustomerService>().DeleteAsync(id, null));
        Assert.Equal(CustomerSaveStatus.Saved, deleted.Status);
        Assert.Null(await fixture.Site.InTenantAsync("acme", sp => sp.GetRequiredService<CustomerService>().FindAsync(id)));
        fixture.Site.Errors.AssertEmpty();
    }
}
