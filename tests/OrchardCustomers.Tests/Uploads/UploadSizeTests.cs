using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Uploads;

/// <summary>
/// Uploads over the configured limits (files 25 MB, pictures 10 MB) get 413 with a page that says the limit: from the
/// declared Content-Length before anything is read, and from the form reader for a chunked body.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class UploadSizeTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "globex";
    private const long MB = 1024 * 1024;

    [Theory]
    [InlineData("Files", "file", 70 * MB, false, "Die Datei ist größer als die zulässigen 25 MB pro Datei. Wählen Sie eine kleinere.")]
    [InlineData("Picture", "picture", 20 * MB, false, "Das Bild ist größer als die zulässigen 10 MB pro Bild. Wählen Sie ein kleineres.")]
    [InlineData("Files", "file", 26 * MB, true, "Die Datei ist größer als die zulässigen 25 MB pro Datei. Wählen Sie eine kleinere.")]
    [InlineData("Picture", "picture", 11 * MB, true, "Das Bild ist größer als die zulässigen 10 MB pro Bild. Wählen Sie ein kleineres.")]
    public async Task An_upload_over_the_limit_gets_413_with_the_limit(string action, string field, long size, bool chunked, string message)
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);

        var response = await upload.PostAsync(action, field, "gross.pdf", new StreamContent(new ZeroStream(size)), "application/pdf", chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector("[data-testid=error-text]")?.TextContent.Trim());
        Assert.Equal(0, await StoredAsync(upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_file_just_under_the_limit_is_kept()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        var content = new byte[(24 * MB) + 1];
        "%PDF-1.7"u8.CopyTo(content);

        var error = await upload.ErrorAfterAsync(await upload.UploadFileAsync("gross.pdf", content, "application/pdf"));

        Assert.Null(error);
        Assert.Equal(1, await StoredAsync(upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    private Task<int> StoredAsync(long customerId) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var db = sp.GetRequiredService<CrmDbContext>();
        return await db.Files.CountAsync(f => f.ContentType == "Customer" && f.ContentItemId == customerId)
            + await db.Pictures.CountAsync(p => p.ContentType == "Customer" && p.ContentItemId == customerId);
    });
}
