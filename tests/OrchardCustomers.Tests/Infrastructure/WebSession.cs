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

    /// <summary>
    /// Opens the page, finds the form that posts to <paramref name="action"/> and posts it with that form's own
    /// antiforgery token and the given fields. A form without a token fails here, as it would in a browser.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(pageUrl);
        var target = new Uri(Client.BaseAddress!, action).AbsolutePath;
        var pagePath = new Uri(Client.BaseAddress!, pageUrl).AbsolutePath;
        var form = page.QuerySelectorAll("form[method=post]").FirstOrDefault(f =>
            string.Equals(f.GetAttribute("action") is { Length: > 0 } a ? a.Split('?')[0] : pagePath, target, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The page {pageUrl} has no form that posts to {target}.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form for {target} on {pageUrl} has no antiforgery token: the browser's post would be refused.");
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
