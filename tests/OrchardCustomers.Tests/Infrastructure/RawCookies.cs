using AngleSharp.Html.Parser;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>Logging in with cookies handled by hand, for tests that carry a cookie from one place to another.</summary>
public static class RawCookies
{
    public static IEnumerable<string> Of(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    /// <returns>The "name=value" of the authentication cookie.</returns>
    public static async Task<string> LoginAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetAsync("Login");
        var antiforgery = Of(page).Single(c => c.StartsWith(".OrchardCustomers.Antiforgery", StringComparison.Ordinal));
        var token = (await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync()))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var login = new HttpRequestMessage(HttpMethod.Post, "Login")
        {
            Content = new FormUrlEncodedContent([new("UserName", userName), new("Password", password), new("__RequestVerificationToken", token)]),
        };
        login.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(login);
        return Of(response).Single(c => c.StartsWith(".OrchardCustomers.Auth_", StringComparison.Ordinal));
    }

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
