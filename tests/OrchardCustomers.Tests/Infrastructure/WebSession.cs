using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>A user's browser without the browser: cookies, forms with their antiforgery token, and parsed pages.</summary>
public sealed class WebSession(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {(int)response.StatusCode}.{Environment.NewLine}{html}");
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>Opens the page with the form, then posts it with the page's antiforgery token and the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The page {pageUrl} has no antiforgery token.");
        return await Client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await SubmitAsync("Login", "Login", [new("UserName", userName), new("Password", password)]);

    public async Task LoginOrFailAsync(string userName, string password)
    {
        var response = await LoginAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
