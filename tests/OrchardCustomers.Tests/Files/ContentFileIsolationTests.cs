using System.Net;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.Uploads;

namespace OrchardCustomers.Tests.Files;

/// <summary>
/// Files and pictures are kept per content type and item id: another type's item with the customer's id shares nothing
/// with the customer, and a deleted item takes only its own files and picture with it.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class ContentFileIsolationTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "globex";
    private const string OtherType = "SampleTicket";

    [Fact]
    public async Task Another_content_types_file_and_picture_with_the_customers_id_are_not_the_customers()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        var ticketFileId = await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            var store = sp.GetRequiredService<ContentFileStore>();
            var file = store.Add(OtherType, upload.CustomerId, "ticket-anhang.txt", "text/plain", "Ticket"u8.ToArray(), "test");
            await store.SetPictureAsync(OtherType, upload.CustomerId, [0xFF, 0xD8, 0xFF, 0xD9], "image/jpeg", CancellationToken.None);
            await sp.GetRequiredService<CrmDbContext>().SaveChangesAsync();
            return file.Id;
        });

        var panel = await upload.Client.GetStringAsync($"Admin/Customers?panel={upload.CustomerId}");
        Assert.DoesNotContain("ticket-anhang.txt", panel, StringComparison.Ordinal);
        Assert.Contains("Dateien (0)", panel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await upload.Client.GetAsync($"Admin/Customers/{upload.CustomerId}/Files/{ticketFileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await upload.Client.GetAsync($"Admin/Customers/{upload.CustomerId}/Picture")).StatusCode);

        // The deletion rule counts only the customer's files, and the deletion leaves the ticket's file and picture.
        var deleted = await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CustomerService>().DeleteAsync(upload.CustomerId, null));
        Assert.Equal(CustomerSaveStatus.Saved, deleted.Status);
        Assert.Equal((1, 1), await CountAsync(OtherType, upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_deleted_customer_takes_its_picture_with_it()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        Assert.Null(await upload.ErrorAfterAsync(await upload.UploadPictureAsync("logo.png", TestImages.Encode(40, 20, SkiaSharp.SKEncodedImageFormat.Png))));
        Assert.Equal((0, 1), await CountAsync("Customer", upload.CustomerId));

        var deleted = await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CustomerService>().DeleteAsync(upload.CustomerId, null));

        Assert.Equal(CustomerSaveStatus.Saved, deleted.Status);
        Assert.Equal((0, 0), await CountAsync("Customer", upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    private Task<(int Files, int Pictures)> CountAsync(string contentType, long itemId) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var db = sp.GetRequiredService<CrmDbContext>();
        return (await db.Files.CountAsync(f => f.ContentType == contentType && f.ContentItemId == itemId),
            await db.Pictures.CountAsync(p => p.ContentType == contentType && p.ContentItemId == itemId));
    });
}
