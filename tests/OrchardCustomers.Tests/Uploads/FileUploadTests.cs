using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Uploads;

/// <summary>Customer files: names cleaned on the way in, and served only as attachments that no browser renders as a page of the site.</summary>
[Collection(Collections.SqliteTenants)]
public sealed class FileUploadTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "globex";

    [Theory]
    [InlineData("rechnung\u202Etxt.exe", "rechnungtxt.exe.txt")]
    [InlineData("..\\..\\Übersicht\u200B Müller\0.txt", "Übersicht Müller.txt")]
    [InlineData("\u2066\u2069/notiz.txt", "notiz.txt")]
    public async Task A_file_name_loses_folders_and_invisible_characters_and_keeps_umlauts(string uploaded, string stored)
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        var name = uploaded.EndsWith(".txt", StringComparison.Ordinal) ? uploaded : uploaded + ".txt";

        Assert.Null(await upload.ErrorAfterAsync(await upload.UploadFileAsync(name, "Hallo"u8.ToArray(), "text/plain")));

        var names = await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Files
            .Where(f => f.ContentType == "Customer" && f.ContentItemId == upload.CustomerId).Select(f => f.FileName).ToListAsync());
        Assert.Equal([stored], names);
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task An_uploaded_file_is_served_as_an_attachment_the_browser_may_not_sniff_or_run()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        var html = "<html><body><script>fetch('/api/me').then(r => r.text()).then(alert)</script></body></html>";
        Assert.Null(await upload.ErrorAfterAsync(await upload.UploadFileAsync("notiz.txt", Encoding.UTF8.GetBytes(html), "text/html")));
        var fileId = await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Files
            .Where(f => f.ContentType == "Customer" && f.ContentItemId == upload.CustomerId).Select(f => f.Id).SingleAsync());

        var response = await upload.Client.GetAsync($"Admin/Customers/{upload.CustomerId}/Files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("notiz.txt", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seite.html", "<html><script>alert(1)</script></html>")]
    [InlineData("bild.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    public async Task A_page_or_script_is_not_kept(string fileName, string content)
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);

        var error = await upload.ErrorAfterAsync(await upload.UploadFileAsync(fileName, Encoding.UTF8.GetBytes(content), "text/html"));

        Assert.StartsWith(fileName + " wurde nicht gespeichert", error, StringComparison.Ordinal);
        Assert.False(await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Files.AnyAsync(f => f.ContentType == "Customer" && f.ContentItemId == upload.CustomerId)));
    }
}
