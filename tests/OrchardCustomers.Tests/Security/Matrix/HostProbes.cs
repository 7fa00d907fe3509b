using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;
using static OrchardCustomers.Tests.Security.Matrix.StateProbe;

namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>
/// State probes for the host's changes. Users, roles, tokens and tenants are made fresh for each case; the site's
/// settings and the sample feature are shared, so their probes put the old state back when the test ends.
/// </summary>
public static class HostProbes
{
    private const string NewPassword = "Matrix-Geheim-42!";

    public static Dictionary<string, Func<MatrixActor, Task<StateProbe>>> For(MatrixTargets t) => new(StringComparer.Ordinal)
    {
        ["POST Admin/ApiTokens/Create"] = actor =>
        {
            var name = t.Unique("matrix-token");
            return Task.FromResult<StateProbe>(new(new("POST", "Admin/ApiTokens/Create") { Form = [new("NewToken.Name", name), new("NewToken.ExpiresInDays", "1")] },
                () => t.InTenantAsync(async sp => $"{await sp.GetRequiredService<HostDbContext>().ApiTokens.CountAsync(k => k.Name == name && k.UserId == actor.UserId)} tokens"),
                Expect("1 tokens")) { SingleUse = true });
        },
        ["POST Admin/ApiTokens/{id:guid}/Revoke"] = async actor =>
        {
            // The caller's own token: revoking one's own is what ManageOwnApiTokens allows.
            var tokenId = await t.InTenantAsync(async sp => (await sp.GetRequiredService<ApiTokenService>().CreateAsync(actor.UserId, t.Unique("matrix-token"), null)).Token.Id);
            return new(new("POST", $"Admin/ApiTokens/{tokenId}/Revoke"),
                () => t.InTenantAsync(async sp => (await sp.GetRequiredService<HostDbContext>().ApiTokens.AsNoTracking().SingleAsync(k => k.Id == tokenId)).RevokedUtc is null ? "valid" : "revoked"),
                Expect("revoked")) { SingleUse = true };
        },

        ["POST Admin/Features/{id}/Enable"] = async _ => await FeatureAsync(t, enabledBefore: false),
        ["POST Admin/Features/{id}/Disable"] = async _ => await FeatureAsync(t, enabledBefore: true),

        ["POST Admin/Settings"] = async _ =>
        {
            var saved = await t.InTenantAsync(sp => sp.GetRequiredService<SiteService>().GetAsync());
            var siteName = saved.SiteName;
            t.OnCleanUp(() => t.InTenantAsync(async sp =>
            {
                var site = sp.GetRequiredService<SiteService>();
                var settings = await site.GetAsync();
                settings.SiteName = siteName;
                await site.SaveAsync(settings);
            }));
            var name = t.Unique("Matrix GmbH ");
            return new(new("POST", "Admin/Settings")
            {
                Form = [new("SiteName", name), new("DefaultCulture", saved.DefaultCulture), new("TimeZoneId", saved.TimeZoneId), new("PageSize", saved.PageSize.ToString(CultureInfo.InvariantCulture))],
            }, () => t.InTenantAsync(async sp => (await sp.GetRequiredService<SiteService>().GetAsync()).SiteName), Expect(name)) { SingleUse = true };
        },

        ["POST Admin/Roles/Create"] = _ =>
        {
            var name = t.Unique("MatrixRolle");
            return Task.FromResult<StateProbe>(new(new("POST", "Admin/Roles/Create") { Form = [new("Name", name), new("Description", "neu")] }, () => RoleAsync(t, name), Expect("neu")));
        },
        ["POST Admin/Roles/{name}/Edit"] = async _ =>
        {
            var name = await NewRoleAsync(t);
            return new(new("POST", $"Admin/Roles/{name}/Edit") { Form = [new("Description", "geändert")] }, () => RoleAsync(t, name), Expect("geändert"));
        },
        ["POST Admin/Roles/{name}/Delete"] = async _ =>
        {
            var name = await NewRoleAsync(t);
            return new(new("POST", $"Admin/Roles/{name}/Delete"), () => RoleAsync(t, name), Expect("missing"));
        },

        ["POST Admin/Users/Create"] = _ =>
        {
            var name = t.Unique("matrix-user");
            return Task.FromResult<StateProbe>(new(new("POST", "Admin/Users/Create")
            {
                Form = [new("UserName", name), new("Email", $"{name}@example.com"), new("Password", NewPassword), new("PasswordConfirmation", NewPassword), new("IsEnabled", "true")],
            }, () => UserAsync(t, name), Expect($"{name}@example.com enabled")));
        },
        ["POST Admin/Users/{id}/Edit"] = async _ =>
        {
            var name = t.Unique("matrix-user");
            var id = await t.Fixture.Site.CreateUserAsync(t.Tenant, name, AutoSetup.Password);
            var stamp = await t.InTenantAsync(async sp => (await sp.GetRequiredService<UserManager<User>>().FindByIdAsync(id))!.ConcurrencyStamp!);
            return new(new("POST", $"Admin/Users/{id}/Edit")
            {
                Form = [new("UserName", name), new("Email", $"{name}@changed.example.com"), new("IsEnabled", "true"), new("ConcurrencyStamp", stamp), new("Password", ""), new("PasswordConfirmation", "")],
            }, () => UserAsync(t, name), Expect($"{name}@changed.example.com enabled"));
        },
        ["POST Admin/Users/{id}/Delete"] = async _ =>
        {
            var name = t.Unique("matrix-user");
            var id = await t.Fixture.Site.CreateUserAsync(t.Tenant, name, AutoSetup.Password);
            return new(new("POST", $"Admin/Users/{id}/Delete"), () => UserAsync(t, name), Expect("missing"));
        },

        ["POST Admin/Recipes/{name}/Run"] = async _ =>
        {
            var name = t.Unique("matrix-recipe");
            t.Fixture.Site.AddRecipe($"{name}.recipe.json", await RecipeJsonAsync(t, name));
            return new(new("POST", $"Admin/Recipes/{name}/Run"), () => RecipeRunsAsync(t, name), Expect("1 runs"));
        },
        ["POST Admin/Recipes/Upload"] = async _ =>
        {
            var name = t.Unique("matrix-recipe");
            var json = await RecipeJsonAsync(t, name);
            return new(new("POST", "Admin/Recipes/Upload") { File = new("file", "recipe.json", "application/json", System.Text.Encoding.UTF8.GetBytes(json)) },
                () => RecipeRunsAsync(t, name), Expect("1 runs"));
        },

        ["POST Admin/Tenants/Create"] = _ =>
        {
            var name = t.Unique("matrix");
            return Task.FromResult<StateProbe>(new(new("POST", "Admin/Tenants/Create")
            {
                Form = [new("Name", name), new("RequestUrlPrefix", name), new("RequestUrlHost", ""), new("DatabaseProvider", ""), new("RecipeName", "blank")],
            }, () => TenantAsync(t, name), Expect($"Uninitialized /{name}")));
        },
        ["POST Admin/Tenants/{name}/Edit"] = async _ =>
        {
            var name = await NewTenantAsync(t, TenantState.Uninitialized);
            return new(new("POST", $"Admin/Tenants/{name}/Edit")
            {
                Form = [new("RequestUrlPrefix", name + "x"), new("RequestUrlHost", ""), new("DatabaseProvider", ""), new("RecipeName", "blank")],
            }, () => TenantAsync(t, name), Expect($"Uninitialized /{name}x"));
        },
        ["POST Admin/Tenants/{name}/Disable"] = async _ =>
        {
            var name = await NewTenantAsync(t, TenantState.Running);
            return new(new("POST", $"Admin/Tenants/{name}/Disable"), () => TenantAsync(t, name), Expect($"Disabled /{name}"));
        },
        ["POST Admin/Tenants/{name}/Enable"] = async _ =>
        {
            var name = await NewTenantAsync(t, TenantState.Disabled);
            return new(new("POST", $"Admin/Tenants/{name}/Enable"), () => TenantAsync(t, name), Expect($"Running /{name}"));
        },

        // Ends the caller's own session, so the test runs it last for each caller.
        ["POST Logout"] = actor => Task.FromResult<StateProbe>(new(new("POST", "Logout"), async () =>
        {
            var response = await actor.Browser.GetAsync("Account/ChangePassword");
            return response.StatusCode == System.Net.HttpStatusCode.OK ? "signed in" : "signed out";
        }, Expect("signed out")) { SingleUse = true }),

        ["POST api/samples"] = _ =>
        {
            var text = t.Unique("matrix-sample");
            return Task.FromResult<StateProbe>(new(new("POST", "api/samples") { Json = $$"""{ "text": "{{text}}" }""" },
                () => Task.FromResult(SampleStore.For(t.Tenant).Contains(text) ? "stored" : "absent"), Expect("stored")));
        },
    };

    /// <summary>The sample module's extra feature, set to the opposite of what the call should make of it; put back afterwards.</summary>
    private static async Task<StateProbe> FeatureAsync(MatrixTargets t, bool enabledBefore)
    {
        var original = await FeatureStateAsync(t);
        t.OnCleanUp(() => SetFeatureAsync(t, original == "enabled"));
        await SetFeatureAsync(t, enabledBefore);
        var verb = enabledBefore ? "Disable" : "Enable";
        return new(new("POST", $"Admin/Features/{SampleFeature.ExtraId}/{verb}"), () => FeatureStateAsync(t), Expect(enabledBefore ? "disabled" : "enabled")) { SingleUse = true };
    }

    private static Task<string> FeatureStateAsync(MatrixTargets t) =>
        t.InTenantAsync(async sp => await sp.GetRequiredService<Host.Modules.State.ShellFeaturesManager>().IsEnabledAsync(SampleFeature.ExtraId) ? "enabled" : "disabled");

    private static Task SetFeatureAsync(MatrixTargets t, bool enabled) => t.InTenantAsync(async sp =>
    {
        await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
        var features = sp.GetRequiredService<Host.Modules.State.ShellFeaturesManager>();
        _ = enabled ? await features.EnableAsync([SampleFeature.ExtraId]) : await features.DisableAsync([SampleFeature.ExtraId]);
        await transaction.CommitAsync();
    });

    private static async Task<string> NewRoleAsync(MatrixTargets t)
    {
        var name = t.Unique("MatrixRolle");
        await t.InTenantAsync(async sp =>
        {
            var result = await sp.GetRequiredService<RoleManager<Role>>().CreateAsync(new Role(name) { Description = "alt" });
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        });
        t.OnCleanUp(() => t.InTenantAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<Role>>();
            if (await roles.FindByNameAsync(name) is { } role)
            {
                await roles.DeleteAsync(role);
            }
        }));
        return name;
    }

    private static Task<string> RoleAsync(MatrixTargets t, string name) =>
        t.InTenantAsync(async sp => (await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync(name))?.Description ?? "missing");

    private static Task<string> UserAsync(MatrixTargets t, string name) => t.InTenantAsync(async sp =>
        await sp.GetRequiredService<UserManager<User>>().FindByNameAsync(name) is { } user ? $"{user.Email} {(user.IsEnabled ? "enabled" : "disabled")}" : "missing");

    /// <summary>A recipe that changes nothing visible (it sets the time zone the site has), so that only its run record tells it ran.</summary>
    private static async Task<string> RecipeJsonAsync(MatrixTargets t, string name)
    {
        var zone = (await t.InTenantAsync(sp => sp.GetRequiredService<SiteService>().GetAsync())).TimeZoneId;
        return $$"""{ "name": "{{name}}", "displayName": "{{name}}", "steps": [ { "name": "settings", "TimeZoneId": "{{zone}}" } ] }""";
    }

    private static Task<string> RecipeRunsAsync(MatrixTargets t, string name) =>
        t.InTenantAsync(async sp => $"{await sp.GetRequiredService<HostDbContext>().RecipeRuns.CountAsync(r => r.RecipeName == name && r.Succeeded)} runs");

    /// <summary>A tenant in the registry only, never set up: Disable and Enable change its state and nothing else; it is left waiting for setup.</summary>
    private static async Task<string> NewTenantAsync(MatrixTargets t, TenantState state)
    {
        var name = t.Unique("matrix");
        var registry = t.Fixture.Site.Services.GetRequiredService<IShellRegistry>();
        await registry.CreateAsync(new ShellSettings { Name = name, State = state, RequestUrlPrefix = name, RecipeName = "blank" });
        t.OnCleanUp(async () =>
        {
            await registry.TryChangeStateAsync(name, TenantState.Running, TenantState.Uninitialized);
            await registry.TryChangeStateAsync(name, TenantState.Disabled, TenantState.Uninitialized);
        });
        return name;
    }

    private static async Task<string> TenantAsync(MatrixTargets t, string name) =>
        await t.Fixture.Site.Services.GetRequiredService<IShellRegistry>().FindAsync(name) is { } tenant ? $"{tenant.State} /{tenant.RequestUrlPrefix}" : "missing";
}
