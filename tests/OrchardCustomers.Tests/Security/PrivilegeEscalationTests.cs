using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

/// <summary>
/// Issue 6, point 1: nobody changes a user or a role that holds a permission they do not hold. Every action that changes
/// users, roles or API tokens is read from the routes; each is tried by every role against targets of every role, with
/// a valid form. Refused means 403 and the target exactly as it was; allowed means the change was really made. The
/// targets are users and roles the test creates, and it deletes them again.
/// </summary>
public abstract partial class PrivilegeEscalationTests(MultiTenantSite fixture)
{
    private const string Tenant = "acme";
    private const string NoRole = "none";
    private const string UserPrefix = "esc-";
    private const string RolePrefix = "Esc";
    private const string TokenName = "esc-token";
    private const string NewPassword = "Neu-und-geheim-42!";

    /// <summary>The acting roles and the target roles: every default role and a user without any.</summary>
    private static readonly IReadOnlyList<string> Roles = [.. MultiTenantSite.Roles, NoRole];

    private readonly Dictionary<(string Role, bool Enabled), string> _userPool = [];
    private readonly Dictionary<string, string> _rolePool = [];
    private Dictionary<string, IReadOnlySet<string>> _rolePermissions = [];
    private IReadOnlySet<string> _catalogNames = new HashSet<string>();
    private PermissionCatalog _catalog = null!;
    private string? _passwordHash;
    private int _sequence;
    private string? _memberId;

    /// <summary>What the last case expected, for the count of both sides of the table.</summary>
    private bool _lastAllowed;

    /// <summary>How the test drives each action, by variant. An action that the routes show and this list lacks fails the test.</summary>
    private Dictionary<string, (string[] Variants, Func<EscalationActor, DiscoveredEndpoint, string, string, Task<string?>> Run)> Cases() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST Admin/Users/Create"] = (["create"], CreateUserAsync),
        ["POST Admin/Users/{id}/Edit"] = (["profile", "password", "disable", "enable", "roles"], EditUserAsync),
        ["POST Admin/Users/{id}/Delete"] = (["delete"], DeleteUserAsync),
        ["POST Admin/Roles/Create"] = (["create"], CreateRoleAsync),
        ["POST Admin/Roles/{name}/Edit"] = (["description", "permissions", "grant-all"], EditRoleAsync),
        ["POST Admin/Roles/{name}/Delete"] = (["delete"], DeleteRoleAsync),
        ["POST Admin/ApiTokens/Create"] = (["create"], CreateTokenAsync),
        ["POST Admin/ApiTokens/{id:guid}/Revoke"] = (["revoke"], RevokeTokenAsync),
    };

    [Fact]
    public async Task No_role_changes_a_user_a_role_or_a_token_that_holds_more_than_it_does()
    {
        var endpoints = EndpointCatalog.Discover(fixture.Site.Services, (template, parameter) => fixture.SampleValue(Tenant, template, parameter))
            .Where(ChangesUsersOrRoles).ToList();
        Assert.Contains(endpoints, e => e.ToString() == "POST Admin/Users/{id}/Edit");
        Assert.Contains(endpoints, e => e.ToString() == "POST Admin/Roles/{name}/Edit");
        Assert.Contains(endpoints, e => e.ToString() == "POST Admin/ApiTokens/{id:guid}/Revoke");
        var cases = Cases();
        var unhandled = endpoints.Where(e => !cases.ContainsKey(e.ToString())).ToList();
        Assert.True(unhandled.Count == 0, "Actions that change users, roles or tokens without an escalation case here (add one): " + string.Join(", ", unhandled));

        await LoadPermissionsAsync();
        var failures = new List<string>();
        var allowed = 0;
        var refused = 0;
        try
        {
            foreach (var actorRole in Roles)
            {
                var actor = await LoginAsync(actorRole);
                foreach (var endpoint in endpoints)
                {
                    var (variants, run) = cases[endpoint.ToString()];
                    foreach (var variant in variants)
                    {
                        foreach (var target in Roles)
                        {
                            var failure = await run(actor, endpoint, variant, target);
                            if (failure is not null)
                            {
                                failures.Add($"{endpoint} [{variant}] by {actorRole} on {target}: {failure}");
                            }
                            else if (_lastAllowed)
                            {
                                allowed++;
                            }
                            else
                            {
                                refused++;
                            }
                        }
                    }
                }
            }
        }
        finally
        {
            await CleanUpAsync();
        }

        Assert.True(failures.Count == 0, $"{failures.Count} escalation cases failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}"
            + $"{Environment.NewLine}Server errors:{Environment.NewLine}{string.Join(Environment.NewLine, fixture.Site.Errors.Entries)}");
        // Both sides of the table must be real: a guard that refuses everything, or nothing, fails above, but say so here too.
        Assert.True(allowed > 50 && refused > 100, $"allowed {allowed}, refused {refused}");
        fixture.Site.Errors.AssertEmpty();
    }

    /// <summary>The original finding: an AccountOwner took over an Administrator by setting its password.</summary>
    [Fact]
    public async Task An_account_owner_cannot_set_the_password_of_disable_or_delete_an_administrator()
    {
        await LoadPermissionsAsync();
        try
        {
            var owner = await LoginAsync(RoleNames.AccountOwner);
            var adminId = await NewUserAsync(RoleNames.Administrator, enabled: true);
            var before = await SnapshotUserAsync(adminId);
            var session = new WebSession(owner.Client);

            var page = await session.GetPageAsync($"Admin/Users/{adminId}/Edit", HttpStatusCode.Forbidden);
            Assert.Contains(before.UserName!, page.QuerySelector("[data-testid=refusal-message]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("[data-testid=user-form]"));
            var list = await session.GetPageAsync($"Admin/Users?q={before.UserName}");
            var row = list.QuerySelector($"[data-testid=user-row][data-username='{before.UserName}']")!;
            Assert.Null(row.QuerySelector("[data-testid=edit-user]"));
            Assert.Null(row.QuerySelector("[data-testid=delete-user]"));
            Assert.NotNull(row.QuerySelector("[data-testid=user-protected]"));

            var password = await PostAsync(owner, $"Admin/Users/{adminId}/Edit", [.. EditForm(before), new("Password", NewPassword), new("PasswordConfirmation", NewPassword)]);
            Assert.Equal(HttpStatusCode.Forbidden, password.StatusCode);
            // The tenant speaks German.
            Assert.Contains("Berechtigungen, die Sie nicht haben", (await WebSession.ParseAsync(password)).QuerySelector("[data-testid=refusal-message]")!.TextContent, StringComparison.Ordinal);

            var disable = await PostAsync(owner, $"Admin/Users/{adminId}/Edit", [.. EditForm(before).Where(f => f.Key != "IsEnabled"), new("IsEnabled", "false")]);
            Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);

            var delete = await PostAsync(owner, $"Admin/Users/{adminId}/Delete", []);
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);

            Assert.Equal(before, await SnapshotUserAsync(adminId));
            Assert.False(await CanLogInAsync(before.UserName!, NewPassword));
            Assert.True(await CanLogInAsync(before.UserName!, AutoSetup.Password));
        }
        finally
        {
            await CleanUpAsync();
        }

        fixture.Site.Errors.AssertEmpty();
    }

    /// <summary>The Administrator role carries SiteOwner: an AccountOwner can neither open, change nor delete it.</summary>
    [Fact]
    public async Task An_account_owner_cannot_change_or_delete_the_administrator_role()
    {
        await LoadPermissionsAsync();
        var owner = await LoginAsync(RoleNames.AccountOwner);
        var session = new WebSession(owner.Client);
        var roleId = await fixture.Site.InTenantAsync(Tenant, async sp => (await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync(RoleNames.Administrator))!.Id);
        var before = await SnapshotRoleAsync(roleId);

        await session.GetPageAsync("Admin/Roles/Administrator/Edit", HttpStatusCode.Forbidden);
        var list = await session.GetPageAsync("Admin/Roles");
        var row = list.QuerySelector("[data-testid=role-row][data-role=Administrator]")!;
        Assert.Null(row.QuerySelector("[data-testid=edit-role]"));
        Assert.NotNull(row.QuerySelector("[data-testid=role-protected]"));
        Assert.NotNull(list.QuerySelector($"[data-testid=role-row][data-role={RoleNames.AccountOwner}] [data-testid=edit-role]"));

        var edit = await PostAsync(owner, "Admin/Roles/Administrator/Edit", [new("Description", "taken over"), new("Permissions", "ManageUsers")]);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(owner, "Admin/Roles/Administrator/Delete", [])).StatusCode);
        Assert.Equal(before, await SnapshotRoleAsync(roleId));
        fixture.Site.Errors.AssertEmpty();
    }

    /// <summary>Holding every permission of oneself does not make deleting or disabling oneself possible.</summary>
    [Theory]
    [InlineData(RoleNames.Administrator)]
    [InlineData(RoleNames.AccountOwner)]
    public async Task Nobody_deletes_or_disables_their_own_account(string role)
    {
        await LoadPermissionsAsync();
        try
        {
            var selfId = await NewUserAsync(role, enabled: true);
            var before = await SnapshotUserAsync(selfId);
            var session = new WebSession(fixture.Client(Tenant));
            await session.LoginOrFailAsync(before.UserName!, AutoSetup.Password);
            before = await SnapshotUserAsync(selfId);
            var self = new EscalationActor(role, selfId, session.Client,
                (await session.GetPageAsync("Account/ChangePassword")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, new HashSet<string>());

            var disable = await PostAsync(self, $"Admin/Users/{selfId}/Edit", [.. EditForm(before).Where(f => f.Key != "IsEnabled"), new("IsEnabled", "false")]);
            Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
            Assert.NotEmpty((await WebSession.ParseAsync(disable)).QuerySelector("[data-testid=user-form] .field-error:not(:empty)")!.TextContent.Trim());

            var delete = await PostAsync(self, $"Admin/Users/{selfId}/Delete", []);
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
            Assert.Equal(before, await SnapshotUserAsync(selfId));
        }
        finally
        {
            await CleanUpAsync();
        }

        fixture.Site.Errors.AssertEmpty();
    }

    private static bool ChangesUsersOrRoles(DiscoveredEndpoint endpoint) =>
        endpoint.Method is not ("GET" or "HEAD" or "OPTIONS")
        && (endpoint.Template.StartsWith("Admin/Users", StringComparison.OrdinalIgnoreCase)
            || endpoint.Template.StartsWith("Admin/Roles", StringComparison.OrdinalIgnoreCase)
            || endpoint.Template.StartsWith("Admin/ApiTokens", StringComparison.OrdinalIgnoreCase)
            || (endpoint.IsApi && UserOrRoleWord().IsMatch(endpoint.Template)));

    // ---- users ----

    private async Task<string?> CreateUserAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint) && Outranks(actor, target));
        var name = $"{UserPrefix}new-{Next()}";
        List<KeyValuePair<string, string>> fields =
            [new("UserName", name), new("Email", $"{name}@example.com"), new("Password", NewPassword), new("PasswordConfirmation", NewPassword), new("IsEnabled", "true")];
        if (target != NoRole)
        {
            fields.Add(new("Roles", target));
        }

        var response = await PostAsync(actor, endpoint.Path, fields);
        var created = await FindUserAsync(name);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), UserSnapshot.Missing, created, formErrorAccepted: true);
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response)
            : created.Roles != (target == NoRole ? "" : target) ? $"the new user has the roles '{created.Roles}'"
            : null;
    }

    private async Task<string?> EditUserAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint) && Outranks(actor, target));
        var targetId = await TargetUserAsync(target, enabled: variant != "enable", fresh: allowed);
        var before = await SnapshotUserAsync(targetId);
        var fields = EditForm(before);
        var changed = "";
        switch (variant)
        {
            case "profile":
                changed = $"{UserPrefix}changed-{Next()}@example.com";
                Set(fields, "Email", changed);
                break;
            case "password":
                Set(fields, "Password", NewPassword);
                Set(fields, "PasswordConfirmation", NewPassword);
                break;
            case "disable":
                Set(fields, "IsEnabled", "false");
                break;
            case "enable":
                Set(fields, "IsEnabled", "true");
                break;
            case "roles":
                // Another role the actor may hand out; none left means taking every role away.
                changed = MultiTenantSite.Roles.FirstOrDefault(r => r != target && Outranks(actor, r)) ?? "";
                fields.RemoveAll(f => f.Key == "Roles");
                if (changed.Length > 0)
                {
                    fields.Add(new("Roles", changed));
                }

                break;
        }

        var response = await PostAsync(actor, PathFor(endpoint, targetId), fields);
        var after = await SnapshotUserAsync(targetId);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), before, after, drop: () => _userPool.Remove((target, variant != "enable")));
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return await Unexpected(response);
        }

        return variant switch
        {
            "profile" when after.Email != changed => $"the email is still {after.Email}",
            "password" when !await CanLogInAsync(after.UserName!, NewPassword) => "the new password does not log in",
            "disable" when after.IsEnabled => "the user is still enabled",
            "enable" when !after.IsEnabled => "the user is still disabled",
            "roles" when after.Roles != changed => $"the roles are '{after.Roles}', not '{changed}'",
            _ => null,
        };
    }

    private async Task<string?> DeleteUserAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint) && Outranks(actor, target));
        var targetId = await TargetUserAsync(target, enabled: true, fresh: allowed);
        var before = await SnapshotUserAsync(targetId);
        var response = await PostAsync(actor, PathFor(endpoint, targetId), []);
        var after = await SnapshotUserAsync(targetId);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), before, after, drop: () => _userPool.Remove((target, true)));
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response) : after.Exists ? "the user still exists" : null;
    }

    // ---- tokens ----

    /// <summary>Creating a token acts on oneself only: a smuggled user id must not give the target a token.</summary>
    private async Task<string?> CreateTokenAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint));
        var targetId = await TargetUserAsync(target, enabled: true, fresh: false);
        var before = await SnapshotUserAsync(targetId);
        var ownBefore = await SnapshotUserAsync(actor.UserId);
        var response = await PostAsync(actor, endpoint.Path,
            [new("NewToken.Name", TokenName), new("NewToken.ExpiresInDays", "1"), new("UserId", targetId), new("NewToken.UserId", targetId), new("Id", targetId)]);
        var after = await SnapshotUserAsync(targetId);
        var ownAfter = await SnapshotUserAsync(actor.UserId);
        if (after != before)
        {
            _userPool.Remove((target, true));
            return $"the target changed: {before} -> {after}";
        }

        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), ownBefore, ownAfter);
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response)
            : ownAfter.TokenCount != ownBefore.TokenCount + 1 ? "the actor got no new token"
            : null;
    }

    private async Task<string?> RevokeTokenAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint) && Holds(actor, HostPermissions.ManageUsers.Name) && Outranks(actor, target));
        var targetId = await TargetUserAsync(target, enabled: true, fresh: allowed);
        var tokenId = await fixture.Site.InTenantAsync(Tenant, sp =>
            sp.GetRequiredService<HostDbContext>().ApiTokens.Where(t => t.UserId == targetId && t.RevokedUtc == null).Select(t => t.Id).FirstAsync());
        var before = await SnapshotUserAsync(targetId);
        var response = await PostAsync(actor, PathFor(endpoint, tokenId.ToString()), []);
        var after = await SnapshotUserAsync(targetId);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), before, after, drop: () => _userPool.Remove((target, true)));
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response)
            : !after.Tokens.Contains($"{tokenId}:2", StringComparison.Ordinal) ? "the token was not revoked"
            : null;
    }

    // ---- roles ----

    private async Task<string?> CreateRoleAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint));
        var name = $"{RolePrefix}New-{Next()}";
        var response = await PostAsync(actor, endpoint.Path,
            [new("Name", name), new("Description", "neu"), .. _rolePermissions[target].Select(p => new KeyValuePair<string, string>("Permissions", p))]);
        var created = await SnapshotRoleByNameAsync(name);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), RoleSnapshot.Missing, created);
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response)
            : !created.Exists ? "the role was not created"
            : created.PermissionList.FirstOrDefault(p => !Holds(actor, p)) is { } beyond ? $"the new role carries {beyond}, which the actor does not hold"
            : null;
    }

    private async Task<string?> EditRoleAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint) && Outranks(actor, target));
        var roleId = await TargetRoleAsync(target, fresh: allowed);
        var before = await SnapshotRoleAsync(roleId);
        var description = before.Description ?? "";
        IEnumerable<string> permissions = before.PermissionList;
        string expected;
        switch (variant)
        {
            case "description":
                description = $"geändert {Next()}";
                expected = before.Permissions;
                break;
            case "permissions":
                permissions = [HostPermissions.ViewUsers.Name];
                expected = HostPermissions.ViewUsers.Name;
                break;
            default:
                // Everything there is: what the actor does not hold must not stick.
                permissions = _catalogNames;
                expected = Join(_catalogNames.Where(p => Holds(actor, p)).Union(before.PermissionList, StringComparer.OrdinalIgnoreCase));
                break;
        }

        var response = await PostAsync(actor, PathFor(endpoint, before.Name!),
            [new("Name", before.Name!), new("Description", description), .. permissions.Select(p => new KeyValuePair<string, string>("Permissions", p))]);
        var after = await SnapshotRoleAsync(roleId);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), before, after, drop: () => _rolePool.Remove(target));
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response)
            : after.Description != description ? $"the description is '{after.Description}'"
            : after.Permissions != expected ? $"the role carries '{after.Permissions}', expected '{expected}'"
            : null;
    }

    private async Task<string?> DeleteRoleAsync(EscalationActor actor, DiscoveredEndpoint endpoint, string variant, string target)
    {
        var allowed = Expect(MayCall(actor, endpoint) && Outranks(actor, target));
        var roleId = await TargetRoleAsync(target, fresh: allowed);
        var before = await SnapshotRoleAsync(roleId);
        var response = await PostAsync(actor, PathFor(endpoint, before.Name!), []);
        var after = await SnapshotRoleAsync(roleId);
        if (!allowed)
        {
            return await RefusedAsync(response, MayCall(actor, endpoint), before, after, drop: () => _rolePool.Remove(target));
        }

        return response.StatusCode != HttpStatusCode.Redirect ? await Unexpected(response) : after.Exists ? "the role still exists" : null;
    }

    // ---- what the rules say, written out here rather than borrowed from the code under test ----

    private bool Expect(bool allowed) => _lastAllowed = allowed;

    private bool MayCall(EscalationActor actor, DiscoveredEndpoint endpoint) => endpoint.Permissions.All(p => Holds(actor, p));

    /// <summary>The actor holds every permission that a user of the target role (or the role itself) holds.</summary>
    private bool Outranks(EscalationActor actor, string targetRole) => _rolePermissions[targetRole].All(p => Holds(actor, p));

    /// <summary>SiteOwner holds all, and implication is transitive; a name no feature declares is held only by that name.</summary>
    private bool Holds(EscalationActor actor, string permission) =>
        actor.Granted.Contains(HostPermissions.SiteOwner.Name) || actor.Granted.Contains(permission) ||
        (_catalog.Find(permission)?.ImpliedBy.Any(p => Holds(actor, p.Name)) ?? false);

    private static async Task<string?> RefusedAsync<T>(HttpResponseMessage response, bool mayCall, T before, T after, bool formErrorAccepted = false, Action? drop = null)
    {
        if (!Equals(before, after))
        {
            drop?.Invoke();
            return $"refused or not, the target changed: {before} -> {after} (answer {(int)response.StatusCode})";
        }

        var page = await WebSession.ParseAsync(response);
        if (response.StatusCode == HttpStatusCode.OK && formErrorAccepted)
        {
            return page.QuerySelector("[data-testid=user-roles] .field-error")?.TextContent.Trim() is { Length: > 0 } ? null : "200 without a message next to the roles";
        }

        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            return $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}";
        }

        // With the endpoint's permission it is the guard that refuses, and it says why.
        return mayCall && page.QuerySelector("[data-testid=refusal-message]")?.TextContent.Trim() is not { Length: > 0 } ? "403 without the reason" : null;
    }

    private static async Task<string> Unexpected(HttpResponseMessage response)
    {
        var page = await WebSession.ParseAsync(response);
        var errors = string.Join(" | ", page.QuerySelectorAll(".field-error, [data-testid=form-errors], [data-testid=refusal-message], [data-testid=error-text]")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        return $"expected the change to be made (302), got {(int)response.StatusCode} {response.Headers.Location} {errors}";
    }

    // ---- the site ----

    private async Task LoadPermissionsAsync()
    {
        (_catalog, _rolePermissions) = await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<Role>>();
            var store = sp.GetRequiredService<RolePermissionStore>();
            var result = new Dictionary<string, IReadOnlySet<string>> { [NoRole] = new HashSet<string>() };
            foreach (var role in MultiTenantSite.Roles.Append(RoleNames.Authenticated))
            {
                result[role] = await store.GetAsync((await roles.FindByNameAsync(role))!);
            }

            return (sp.GetRequiredService<PermissionCatalog>(), result);
        });
        _catalogNames = _catalog.All.Select(e => e.Permission.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task<EscalationActor> LoginAsync(string role)
    {
        var client = fixture.Client(Tenant);
        var session = new WebSession(client);
        await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, role), AutoSetup.Password);
        // Every logged-in user may open this form; its token is valid for any form of the session.
        var page = await session.GetPageAsync("Account/ChangePassword");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var granted = new HashSet<string>(_rolePermissions[RoleNames.Authenticated], StringComparer.OrdinalIgnoreCase);
        granted.UnionWith(_rolePermissions[role]);
        return new EscalationActor(role, fixture.UserId(Tenant, role), client, token, granted);
    }

    private static Task<HttpResponseMessage> PostAsync(EscalationActor actor, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        actor.Client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", actor.Antiforgery))));

    private async Task<bool> CanLogInAsync(string userName, string password) =>
        (await new WebSession(fixture.Client(Tenant)).LoginAsync(userName, password)).StatusCode == HttpStatusCode.Redirect;

    private static List<KeyValuePair<string, string>> EditForm(UserSnapshot user) =>
    [
        new("UserName", user.UserName!), new("Email", user.Email!), new("IsEnabled", user.IsEnabled ? "true" : "false"),
        new("ConcurrencyStamp", user.ConcurrencyStamp!), new("Password", ""), new("PasswordConfirmation", ""),
        .. user.RoleList.Select(r => new KeyValuePair<string, string>("Roles", r)),
    ];

    private static void Set(List<KeyValuePair<string, string>> fields, string key, string value)
    {
        fields.RemoveAll(f => f.Key == key);
        fields.Add(new(key, value));
    }

    private static string PathFor(DiscoveredEndpoint endpoint, string value) => RouteParameter().Replace(endpoint.Template, value);

    private static string Join(IEnumerable<string> names) => string.Join(",", names.Order(StringComparer.OrdinalIgnoreCase));

    private int Next() => ++_sequence;

    /// <summary>A fresh user where the action should succeed; where it should be refused, one that earlier refusals left alone.</summary>
    private async Task<string> TargetUserAsync(string role, bool enabled, bool fresh)
    {
        if (!fresh && _userPool.TryGetValue((role, enabled), out var pooled))
        {
            return pooled;
        }

        var id = await NewUserAsync(role, enabled);
        if (!fresh)
        {
            _userPool[(role, enabled)] = id;
        }

        return id;
    }

    /// <summary>A user of the role with the usual password and an API token; the password hash is made once, for speed.</summary>
    private Task<string> NewUserAsync(string role, bool enabled) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        var name = $"{UserPrefix}{role.ToLowerInvariant()}-{Next()}";
        var user = new User { UserName = name, Email = $"{name}@example.com", EmailConfirmed = true, IsEnabled = enabled, CreatedUtc = DateTime.UtcNow };
        user.PasswordHash = _passwordHash ??= sp.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, AutoSetup.Password);
        Check(await users.CreateAsync(user));
        if (role != NoRole)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "esc", null);
        return user.Id;
    });

    private async Task<string> TargetRoleAsync(string template, bool fresh)
    {
        if (!fresh && _rolePool.TryGetValue(template, out var pooled))
        {
            return pooled;
        }

        var id = await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            var role = await sp.GetRequiredService<RolePermissionStore>().EnsureRoleAsync($"{RolePrefix}Role-{Next()}", $"wie {template}");
            await sp.GetRequiredService<RolePermissionStore>().SetAsync(role, _rolePermissions[template]);
            return role.Id;
        });
        // A member of the test's own (never an actor), so that a refused delete that took the memberships along would show.
        _memberId ??= await NewUserAsync(NoRole, enabled: true);
        await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var role = await sp.GetRequiredService<RoleManager<Role>>().FindByIdAsync(id);
            Check(await users.AddToRoleAsync((await users.FindByIdAsync(_memberId))!, role!.Name!));
        });
        if (!fresh)
        {
            _rolePool[template] = id;
        }

        return id;
    }

    private Task<UserSnapshot> FindUserAsync(string userName) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var id = await sp.GetRequiredService<HostDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleOrDefaultAsync();
        return id is null ? UserSnapshot.Missing : await SnapshotUserAsync(sp, id);
    });

    private Task<UserSnapshot> SnapshotUserAsync(string userId) => fixture.Site.InTenantAsync(Tenant, sp => SnapshotUserAsync(sp, userId));

    private static async Task<UserSnapshot> SnapshotUserAsync(IServiceProvider sp, string userId)
    {
        var db = sp.GetRequiredService<HostDbContext>();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return UserSnapshot.Missing;
        }

        var roles = await (from userRole in db.UserRoles join role in db.Roles on userRole.RoleId equals role.Id where userRole.UserId == userId select role.Name!).ToListAsync();
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync();
        return new UserSnapshot(true, user.UserName, user.Email, user.PasswordHash, user.SecurityStamp, user.ConcurrencyStamp, user.IsEnabled, user.LockoutEnd,
            user.AccessFailedCount, Join(roles), string.Join(",", tokens.OrderBy(t => t.Id).Select(t => $"{t.Id}:{(t.RevokedUtc is null ? 1 : 2)}:{t.Name}")));
    }

    private Task<RoleSnapshot> SnapshotRoleByNameAsync(string name) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var id = await sp.GetRequiredService<HostDbContext>().Roles.Where(r => r.Name == name).Select(r => r.Id).SingleOrDefaultAsync();
        return id is null ? RoleSnapshot.Missing : await SnapshotRoleAsync(sp, id);
    });

    private Task<RoleSnapshot> SnapshotRoleAsync(string roleId) => fixture.Site.InTenantAsync(Tenant, sp => SnapshotRoleAsync(sp, roleId));

    private static async Task<RoleSnapshot> SnapshotRoleAsync(IServiceProvider sp, string roleId)
    {
        var db = sp.GetRequiredService<HostDbContext>();
        var role = await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId);
        if (role is null)
        {
            return RoleSnapshot.Missing;
        }

        var permissions = await db.RoleClaims.Where(c => c.RoleId == roleId && c.ClaimType == Permission.ClaimType).Select(c => c.ClaimValue!).ToListAsync();
        var members = await db.UserRoles.CountAsync(ur => ur.RoleId == roleId);
        return new RoleSnapshot(true, role.Name, role.Description, role.ConcurrencyStamp, Join(permissions), members);
    }

    /// <summary>Removes every user, role and token the test made, so that the other tests of the collection see the tenant as before.</summary>
    private async Task CleanUpAsync()
    {
        await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            db.ApiTokens.RemoveRange(await db.ApiTokens.Where(t => t.Name == TokenName).ToListAsync());
            await db.SaveChangesAsync();
            var users = sp.GetRequiredService<UserManager<User>>();
            foreach (var user in await db.Users.Where(u => u.UserName!.StartsWith(UserPrefix)).ToListAsync())
            {
                Check(await users.DeleteAsync(user));
            }

            var roles = sp.GetRequiredService<RoleManager<Role>>();
            foreach (var role in await db.Roles.Where(r => r.Name!.StartsWith(RolePrefix)).ToListAsync())
            {
                Check(await roles.DeleteAsync(role));
            }
        });
        _userPool.Clear();
        _rolePool.Clear();
        _memberId = null;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("users?|roles?|tokens?", RegexOptions.IgnoreCase)]
    private static partial Regex UserOrRoleWord();
}
