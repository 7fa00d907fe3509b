using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Health;

public sealed class SqliteVanishedDatabaseTests : VanishedDatabaseTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;

    private string File => Path.Combine(Site.AppData, "Sites", Tenant, "OrchardCustomers.db");

    protected override Task VanishAsync()
    {
        // Open pooled connections stay: on Linux they would go on writing into the deleted file.
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            System.IO.File.Delete(File + suffix);
        }

        return Task.CompletedTask;
    }

    protected override Task<bool> IsGoneAsync() => Task.FromResult(!System.IO.File.Exists(File));

    protected override async Task AssertRequestsAreRefusedAsync(SiteFactory site)
    {
        var write = await Api(site).PostAsync($"{Tenant}/api/customers", Customer());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);

        var page = await site.CreateSession().GetAsync($"{Tenant}/Login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Its database cannot be found.", html, StringComparison.Ordinal);

        // The plain page's own policy: its one inline style by hash, nothing else; and the other headers as everywhere.
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var style = Regex.Match(html, "<style>(?<css>[^<]*)</style>").Groups["css"].Value;
        Assert.StartsWith($"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
