using System.Net;
using System.Text.RegularExpressions;

namespace OrchardCustomers.HttpBench.Running;

/// <summary>The admin's credentials against the running site: the API token and a login cookie got through the login form.</summary>
public sealed partial class SiteSession
{
    /// <summary>As bench/OrchardCustomers.Bench's BenchSite lets AutoSetup create the admin.</summary>
    public const string AdminUserName = "admin";
    private const string AdminPassword = "Bench-Passw0rd!";

    private readonly Uri _site;
    private readonly string _token;
    private string _cookie = "";

    public SiteSession(Uri site, string token)
    {
        _site = site;
        _token = token;
    }

    /// <summary>Logs in as a browser does (antiforgery token from the form, then the post) and keeps the cookies.</summary>
    public async Task LoginAsync()
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _site };
        var form = await client.GetStringAsync("/Login");
        var antiforgery = AntiforgeryField().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["value"].Value)
            : throw new InvalidOperationException("The login page has no antiforgery token.");
        using var response = await client.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = AdminUserName,
            ["Password"] = AdminPassword,
            ["__RequestVerificationToken"] = antiforgery,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Login answered {(int)response.StatusCode}, not a redirect: wrong password or a changed form.");
        }

        _cookie = cookies.GetCookieHeader(_site);
    }

    public IReadOnlyList<string> HeadersFor(HttpCase benchCase) => benchCase.Auth switch
    {
        CaseAuth.Token => [$"Authorization: Bearer {_token}"],
        CaseAuth.Cookie => [$"Cookie: {_cookie}"],
        _ => [],
    };

    /// <summary>One request as wrk will send it; anything but 200 stops the bench before it measures nonsense.</summary>
    public async Task<byte[]> FetchAsync(HttpCase benchCase)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _site };
        using var request = new HttpRequestMessage(HttpMethod.Get, benchCase.PathAndQuery);
        foreach (var header in HeadersFor(benchCase))
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..].Trim());
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{benchCase.PathAndQuery} answered {(int)response.StatusCode} before the run; it must answer 200.");
        }

        return body;
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*?value=""(?<value>[^""]*)""|value=""(?<value>[^""]*)""[^>]*?name=""__RequestVerificationToken""")]
    private static partial Regex AntiforgeryField();
}
