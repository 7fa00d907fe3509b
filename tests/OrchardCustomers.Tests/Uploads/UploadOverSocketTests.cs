using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Uploads;

/// <summary>
/// The upload limits on Kestrel over a real socket, in Production, where the server's own body limit applies (the
/// in-memory test server has none): a body over the limit gets 413 whether it declares its length or is chunked.
/// </summary>
public sealed class UploadOverSocketTests : IDisposable
{
    private const long MB = 1024 * 1024;
    private const string Token = "socket-token-0123456789-0123456789";
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "oc-process-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task Oversized_uploads_get_413_over_a_real_socket()
    {
        var key = "OrchardCustomers_AutoSetup__Tenants__0__";
        await using var site = await SiteProcess.StartAsync(new Dictionary<string, string>
        {
            ["ORCHARDCUSTOMERS_APP_DATA"] = _appData,
            [key + "ShellName"] = "Default",
            [key + "SiteName"] = "Socket GmbH",
            [key + "AdminUsername"] = "admin",
            [key + "AdminEmail"] = "admin@socket.test",
            [key + "AdminPassword"] = AutoSetup.Password,
            [key + "DatabaseProvider"] = "Sqlite",
            [key + "RecipeName"] = "blank",
            [key + "DefaultCulture"] = "de-DE",
            [key + "ApiToken"] = Token,
        });
        using var api = new HttpClient { BaseAddress = site.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var created = await api.PostAsJsonAsync("api/customers", new { kind = "company", companyName = "Hochlader GmbH" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var customerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address, Timeout = TimeSpan.FromMinutes(2) };
        var session = new WebSession(browser);
        await session.LoginOrFailAsync("admin", AutoSetup.Password);
        var upload = await UploadSession.OpenAsync(session, customerId);

        await AssertTooLargeAsync(upload, "Files", "file", 70 * MB, chunked: false, "25 MB pro Datei");
        await AssertTooLargeAsync(upload, "Files", "file", 26 * MB, chunked: true, "25 MB pro Datei");
        await AssertTooLargeAsync(upload, "Picture", "picture", 20 * MB, chunked: false, "10 MB pro Bild");
        await AssertTooLargeAsync(upload, "Picture", "picture", 11 * MB, chunked: true, "10 MB pro Bild");
        Assert.DoesNotContain("fail:", site.Output, StringComparison.Ordinal);
    }

    private static async Task AssertTooLargeAsync(UploadSession upload, string action, string field, long size, bool chunked, string limit)
    {
        var response = await upload.PostAsync(action, field, "gross.pdf", new StreamContent(new ZeroStream(size)), "application/pdf", chunked);

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{action}, {size / MB} MB{(chunked ? ", chunked" : "")}: {(int)response.StatusCode}");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(limit, page.QuerySelector("[data-testid=error-text]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
            // A file the stopped process still held only wastes temp space.
        }
    }
}
