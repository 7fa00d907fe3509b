using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OrchardCustomers.Host.Localization;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Localization;

/// <summary>
/// No English in the German UI: every admin page of a German demo site is rendered, and the test fails on any text the
/// pages asked the localizer for without finding a German translation (the catalogue's misses), and on any English
/// source text that reached the page without going through the localizer at all.
/// </summary>
public sealed partial class GermanPagesTests(GermanDemoSite fixture) : IClassFixture<GermanDemoSite>
{
    private const int MaxPages = 250;

    // Variants of one page (another customer's edit form; another sort or filter) render the same texts.
    private const int MaxVariantsPerPath = 2;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Every_admin_page_renders_german_only()
    {
        var site = fixture.Site;
        var session = new WebSession(site.CreateSession());
        var anonymous = new WebSession(site.CreateSession());
        var problems = new List<string>();
        var englishOnly = EnglishOnlyTexts(site.Services.GetRequiredService<TranslationCatalog>());

        // Before login: the login page, and its error.
        Check(await anonymous.GetPageAsync("Login"), "Login", englishOnly, problems);
        Check(await WebSession.ParseAsync(await anonymous.LoginAsync("default-admin", "wrong")), "Login (error)", englishOnly, problems);

        await session.LoginOrFailAsync("default-admin", AutoSetup.Password);
        var visited = await CrawlAsync(session, englishOnly, problems);

        // A form's validation messages are texts too: the new-customer form sent empty.
        var refused = await session.SubmitAsync("Admin/Customers/Create", "Admin/Customers/Create", []);
        Check(await WebSession.ParseAsync(refused), "Neuer Kunde (leer gesendet)", englishOnly, problems);

        var misses = site.Services.GetRequiredService<TranslationMisses>().For("de");
        problems.AddRange(misses.Select(m => $"no German translation: \"{m}\""));

        Assert.True(visited.Count > 25, $"The crawl reached only {visited.Count} pages: {string.Join(", ", visited)}");
        Assert.True(problems.Count == 0,
            $"English in the German UI ({visited.Count} pages rendered):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Distinct())}");
    }

    private static async Task<List<string>> CrawlAsync(WebSession session, HashSet<string> englishOnly, List<string> problems)
    {
        // The panel opens by script and a missing record by typing: neither is a link to follow.
        var queue = new Queue<string>(["Admin", "Account/ChangePassword", "Admin/Customers/1/Panel", "Admin/Customers/3/Panel", "Admin/Customers/999999/Edit", "Admin/Nothing-here"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var variants = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxPages)
        {
            var url = queue.Dequeue();
            var response = await session.Client.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound) || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await WebSession.ParseAsync(response);
            visited.Add(url);
            Check(page, url, englishOnly, problems);
            foreach (var link in Links(page))
            {
                var path = Shape(link.Split('?')[0]);
                variants[path] = variants.GetValueOrDefault(path) + 1;
                if (variants[path] <= MaxVariantsPerPath && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return visited;
    }

    /// <summary>The page a link opens, with the record it names left out: Admin/Customers/{id}/Edit.</summary>
    private static string Shape(string path) =>
        string.Join('/', path.Split('/').Select(p => p.Length > 0 && (p.All(char.IsAsciiDigit) || Guid.TryParse(p, out _)) ? "{id}" : p));

    /// <summary>The tenant's own admin and account pages the page links to, relative to the site.</summary>
    private static IEnumerable<string> Links(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(h => h.StartsWith("/Admin", StringComparison.Ordinal) || h.StartsWith("/Account/", StringComparison.Ordinal))
            .Where(h => !h.Contains("/Export", StringComparison.OrdinalIgnoreCase) && !h.Contains("Download", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.TrimStart('/'));

    private static void Check(IHtmlDocument page, string name, HashSet<string> englishOnly, List<string> problems)
    {
        foreach (var text in VisibleTexts(page).Where(englishOnly.Contains))
        {
            problems.Add($"{name}: English text without the localizer: \"{text}\"");
        }

        // German puts no space before a colon ("Zahlungsziel: 14 Tage"), whatever the markup between them.
        var body = Whitespace().Replace(page.Body!.TextContent, " ");
        foreach (Match match in SpaceBeforeColon().Matches(body))
        {
            problems.Add($"{name}: a space before a colon: \"…{body.Substring(Math.Max(0, match.Index - 30), Math.Min(60, body.Length - Math.Max(0, match.Index - 30)))}…\"");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A word or number, a space, a colon, then a space or the end: "Telefon : 0761". Not a list of characters ("- : (").
    [GeneratedRegex(@"[\p{L}\d)] :(?= |$)")]
    private static partial Regex SpaceBeforeColon();

    /// <summary>The texts a user reads or hears: text nodes, and the attributes that are shown or spoken.</summary>
    private static IEnumerable<string> VisibleTexts(IHtmlDocument page)
    {
        foreach (var node in page.Body!.Descendants<IText>())
        {
            if (node.ParentElement is null or { LocalName: "script" or "style" or "template" } || MarkedAsOtherLanguage(node.ParentElement))
            {
                continue;
            }

            var text = node.Data.Trim();
            if (text.Length > 0)
            {
                yield return text;
            }
        }

        foreach (var element in page.QuerySelectorAll("[title], [aria-label], [placeholder], input[type=submit][value], input[type=button][value]"))
        {
            foreach (var attribute in new[] { "title", "aria-label", "placeholder", "value" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value && (attribute != "value" || element.LocalName == "input") && !MarkedAsOtherLanguage(element))
                {
                    yield return value.Trim();
                }
            }
        }

        if (page.Title is { Length: > 0 } title)
        {
            foreach (var part in title.Split(" – "))
            {
                yield return part.Trim();
            }
        }
    }

    /// <summary>A text marked with its own language (the language switch names English in English) is meant so.</summary>
    private static bool MarkedAsOtherLanguage(IElement element) =>
        element.Closest("[lang]")?.GetAttribute("lang") is { } lang && !lang.StartsWith("de", StringComparison.OrdinalIgnoreCase);

    /// <summary>English source texts whose German differs: seeing one of them on a German page means it bypassed S/T.</summary>
    private static HashSet<string> EnglishOnlyTexts(TranslationCatalog catalog) =>
    [
        .. catalog.Keys("de")
            .Select(k => (Source: k, German: catalog.Find(German, k)!.Translations[0]))
            .Where(t => !t.Source.Contains('{', StringComparison.Ordinal) && t.Source.Any(char.IsLetter) && !string.Equals(t.Source, t.German, StringComparison.Ordinal))
            .Select(t => t.Source),
    ];
}
