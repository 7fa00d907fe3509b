using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.Security.Matrix;

namespace OrchardCustomers.Tests.Security;

/// <summary>
/// Issue 7, point 6: every endpoint × every caller, against the hand-written <see cref="PermissionMatrix"/> (never
/// against the attributes under test). A read answers 200 to whom the matrix allows it and 403 (or the login page,
/// or 401) to the others. A change is made on a fresh target and judged by the state it leaves: allowed means the
/// change is there, denied means the target is exactly as before. Checks inside an action (the bulk action's delete)
/// are rows of their own.
/// </summary>
public abstract class PermissionMatrixTests(MultiTenantSite fixture)
{
    private const string Tenant = "Default";

    private static readonly IReadOnlyList<Who> Callers =
        [Who.Administrator, Who.AccountOwner, Who.Manager, Who.Accountant, Who.NoRole, Who.Anonymous];

    [Fact]
    public void Every_endpoint_the_site_maps_has_a_line_in_the_matrix_and_every_line_an_endpoint()
    {
        var endpoints = EndpointCatalog.Discover(fixture.Site.Services, (template, parameter) => fixture.SampleValue(Tenant, template, parameter));
        var unguarded = endpoints.Where(e => e.Access == EndpointAccess.Unguarded).ToList();
        Assert.True(unguarded.Count == 0, "Endpoints without a declared permission: " + string.Join(", ", unguarded));

        var written = PermissionMatrix.Rows.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);
        var missing = endpoints.Select(e => e.ToString()).Where(e => !written.Contains(e)).ToList();
        Assert.True(missing.Count == 0,
            "Endpoints missing from the hand-written permission matrix (add a line to Security/Matrix/PermissionMatrix.cs, from docs/permissions.md): "
            + string.Join(", ", missing));
        var mapped = endpoints.Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);
        var stale = written.Where(r => !mapped.Contains(r)).ToList();
        Assert.True(stale.Count == 0, "Lines in the permission matrix for endpoints the site does not map: " + string.Join(", ", stale));
        var doubled = PermissionMatrix.Rows.GroupBy(r => r.ToString(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(doubled.Count == 0, "Lines written twice: " + string.Join(", ", doubled));
    }

    [Fact]
    public void Every_change_in_the_matrix_has_a_state_probe()
    {
        var probes = Probes(new MatrixTargets(fixture, Tenant));
        var unprobed = PermissionMatrix.Rows
            .Where(r => !r.IsRead && !probes.ContainsKey(r.ToString()) && !PermissionMatrix.StatusOnly.ContainsKey(r.ToString()))
            .ToList();
        Assert.True(unprobed.Count == 0, "Changes without a state probe (add one in Security/Matrix): " + string.Join(", ", unprobed));
        var orphans = probes.Keys.Where(k => !PermissionMatrix.Rows.Any(r => r.ToString() == k)).ToList();
        Assert.True(orphans.Count == 0, "Probes without a line in the matrix: " + string.Join(", ", orphans));
    }

    [Fact]
    public async Task Every_read_answers_each_caller_as_the_matrix_says()
    {
        var failures = new List<string>();
        var paths = EndpointCatalog.Discover(fixture.Site.Services, (template, parameter) => fixture.SampleValue(Tenant, template, parameter))
            .ToDictionary(e => e.ToString(), e => e.Path, StringComparer.Ordinal);
        // Reads, then the few changes judged by their status alone.
        var rows = PermissionMatrix.Rows.Where(r => r.IsRead)
            .Concat(PermissionMatrix.Rows.Where(r => !r.IsRead && PermissionMatrix.StatusOnly.ContainsKey(r.ToString())))
            .ToList();
        foreach (var who in Callers)
        {
            var actor = await ActorAsync(who);
            foreach (var row in rows)
            {
                var request = new HttpRequestMessage(new HttpMethod(row.Method), paths[row.Route]);
                if (!row.IsRead)
                {
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", actor.AntiforgeryToken)]);
                }

                var response = await Client(actor, row).SendAsync(request);
                if (Verdict(row, actor, response) is { } failure)
                {
                    failures.Add($"{row} as {who}: {failure}");
                }
            }
        }

        AssertNoFailures(failures);
    }

    [Fact]
    public async Task Every_change_takes_effect_for_the_callers_the_matrix_allows_and_leaves_the_target_as_it_was_for_the_others()
    {
        var targets = new MatrixTargets(fixture, Tenant);
        var probes = Probes(targets);
        var failures = new List<string>();
        var checkedCases = 0;
        var unchanged = new Dictionary<string, (StateProbe Probe, string State)>(StringComparer.Ordinal);
        try
        {
            foreach (var who in Callers)
            {
                var actor = await ActorAsync(who);
                // Logging out ends the caller's session: last.
                foreach (var row in PermissionMatrix.Rows.Where(r => probes.ContainsKey(r.ToString())).OrderBy(r => r.Template == "Logout"))
                {
                    // A target that a denied call left exactly as it was is as good as a fresh one: the next caller reuses it.
                    var (probe, before) = unchanged.Remove(row.ToString(), out var kept) ? kept : await NewProbeAsync(probes[row.ToString()], actor);
                    var response = await Client(actor, row).SendAsync(Build(actor, row, probe.Request));
                    var after = await probe.Snapshot();
                    var allowed = row.Allowed.HasFlag(who);
                    var stateFailure = allowed ? probe.Effect(after) : after != before ? $"denied, yet the state changed: '{before}' -> '{after}'" : null;
                    var failure = string.Join("; ", new[] { Verdict(row, actor, response), stateFailure }.OfType<string>());
                    if (failure.Length > 0)
                    {
                        failures.Add($"{row} as {who}: {failure}{await BodyAsync(response)}");
                    }

                    if (!allowed && after == before && !probe.SingleUse)
                    {
                        unchanged[row.ToString()] = (probe, after);
                    }

                    checkedCases++;
                }
            }
        }
        finally
        {
            await targets.CleanUpAsync();
        }

        AssertNoFailures(failures);
        Assert.Equal(Callers.Count * probes.Count, checkedCases);
    }

    private static async Task<(StateProbe Probe, string State)> NewProbeAsync(Func<MatrixActor, Task<StateProbe>> factory, MatrixActor actor)
    {
        var probe = await factory(actor);
        return (probe, await probe.Snapshot());
    }

    /// <summary>
    /// The answer a caller must get: allowed is no refusal and no server error (for a read, 200); denied is 403 for a
    /// logged-in caller, and the login page (admin) or 401 (API) for a visitor.
    /// </summary>
    private static string? Verdict(MatrixRow row, MatrixActor actor, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var toLogin = status == 302 && response.Headers.Location?.OriginalString.Contains("/Login", StringComparison.Ordinal) == true;
        var api = row.Template.StartsWith("api/", StringComparison.Ordinal);
        if (row.Allowed.HasFlag(actor.Who))
        {
            var openToAll = row.Allowed.HasFlag(Who.Anonymous);
            var ok = row.IsRead && !openToAll ? status == 200 : status is not (401 or 403) and < 400 || (openToAll && status is 400 or 404);
            // Logging out answers with the login page; anywhere else that page means the caller was turned away.
            return ok && (!toLogin || row.Template == "Logout") ? null : $"allowed, but got {status} {response.Headers.Location}";
        }

        var refused = actor.IsAnonymous ? (api ? status == 401 : toLogin) : status == 403;
        return refused ? null : $"denied, but got {status} {response.Headers.Location}";
    }

    private Dictionary<string, Func<MatrixActor, Task<StateProbe>>> Probes(MatrixTargets targets)
    {
        var probes = CustomerProbes.For(targets);
        foreach (var (key, probe) in HostProbes.For(targets))
        {
            probes.Add(key, probe);
        }

        return probes;
    }

    private static HttpClient Client(MatrixActor actor, MatrixRow row) => row.Template.StartsWith("api/", StringComparison.Ordinal) ? actor.Api : actor.Browser;

    private static HttpRequestMessage Build(MatrixActor actor, MatrixRow row, MatrixRequest probe)
    {
        var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
        if (probe.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", probe.IfMatch);
        }

        if (probe.Json is not null)
        {
            request.Content = new StringContent(probe.Json, Encoding.UTF8, "application/json");
        }
        else if (!row.Template.StartsWith("api/", StringComparison.Ordinal))
        {
            var fields = probe.Form.Append(new("__RequestVerificationToken", actor.AntiforgeryToken));
            if (probe.File is { } file)
            {
                var multipart = new MultipartFormDataContent();
                foreach (var (key, value) in fields)
                {
                    multipart.Add(new StringContent(value), key);
                }

                var content = new ByteArrayContent(file.Content);
                content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
                multipart.Add(content, file.Field, file.FileName);
                request.Content = multipart;
            }
            else
            {
                request.Content = new FormUrlEncodedContent(fields);
            }
        }

        return request;
    }

    private async Task<MatrixActor> ActorAsync(Who who)
    {
        var role = who switch
        {
            Who.NoRole or Who.Anonymous => "none",
            _ => who.ToString(),
        };
        var browser = fixture.Client(Tenant);
        var api = fixture.Client(Tenant);
        var session = new WebSession(browser);
        string formPage;
        if (who == Who.Anonymous)
        {
            formPage = "Login";
        }
        else
        {
            await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, role), AutoSetup.Password);
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, role));
            formPage = "Account/ChangePassword";
        }

        var token = (await session.GetPageAsync(formPage)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no antiforgery token.");
        return new MatrixActor(who, fixture.UserId(Tenant, role), browser, token, api);
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        // Problem details say why; a page would only be noise here.
        var body = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true ? await response.Content.ReadAsStringAsync() : "";
        return body.Length == 0 ? "" : $" ({(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)].ReplaceLineEndings(" ")})";
    }

    private void AssertNoFailures(List<string> failures)
    {
        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the permission matrix:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}"
            + $"{Environment.NewLine}Server errors:{Environment.NewLine}{string.Join(Environment.NewLine, fixture.Site.Errors.Entries)}");
        fixture.Site.Errors.AssertEmpty();
    }
}
