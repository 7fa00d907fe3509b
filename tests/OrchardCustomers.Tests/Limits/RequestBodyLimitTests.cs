using System.Net;
using System.Text;
using System.Text.Json;
using OrchardCustomers.Host.Limits;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

/// <summary>
/// Issue 6, points 2 and 6: request bodies over the configured size get 413 on a real Kestrel socket, problem details
/// for the API and the error page otherwise, whether the size is announced (Content-Length) or only found while
/// reading (chunked), never a 500.
/// </summary>
public sealed class RequestBodyLimitTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private const int MB = 1024 * 1024;

    [Theory]
    [InlineData(31)]
    [InlineData(40)]
    public async Task A_json_body_of_many_megabytes_gets_413_problem_details(int megabytes)
    {
        using var client = site.Client();
        var request = new HttpRequestMessage(HttpMethod.Post, "api/customers") { Content = new ByteArrayContent(JsonOfSize(megabytes * MB)) { Headers = { { "Content-Type", "application/json" } } } };
        // As curl sends a large body: the server answers before the body is sent, and never reads it.
        request.Headers.ExpectContinue = true;
        await AssertProblemAsync(await client.SendAsync(request));
    }

    [Fact]
    public async Task A_chunked_json_body_over_the_json_limit_gets_413_when_kestrel_stops_reading_it()
    {
        using var client = site.Client();
        var request = new HttpRequestMessage(HttpMethod.Post, "api/customers") { Content = new ChunkedContent(new ByteArrayContent(JsonOfSize(new RequestLimitsOptions().MaxJsonBodySize + MB)) { Headers = { ContentType = new("application/json") } }) };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        await AssertProblemAsync(response);
        site.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_json_body_under_the_limit_is_read_and_validated()
    {
        using var client = site.Client();
        var body = $$"""{ "kind": "company", "companyName": "{{new string('x', 900 * 1024)}}" }""";
        var response = await client.PostAsync("api/customers", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("companyName", out _));
    }

    [Fact]
    public async Task A_form_post_of_31_megabytes_gets_413_and_the_error_page()
    {
        using var client = site.Client(withToken: false);
        var request = new HttpRequestMessage(HttpMethod.Post, "Admin/Customers/Create")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(new byte[31 * MB]), "file", "big.bin" } },
        };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"Expected 413, got {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(413, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("The request body is too large.", json.RootElement.GetProperty("title").GetString());
    }

    /// <summary>A customer whose website fills the body to the given size: valid JSON all the way.</summary>
    private static byte[] JsonOfSize(long size)
    {
        var head = "{ \"kind\": \"company\", \"companyName\": \"Gross GmbH\", \"website\": \""u8.ToArray();
        var tail = "\" }"u8.ToArray();
        var body = new byte[size];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, (int)size - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(body, (int)size - tail.Length);
        return body;
    }
}
