using System.Net;
using System.Text.Json;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Api;

public sealed class OpenApiTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new(AutoSetup.Combine(AutoSetup.Tenant(0, "Default"), AutoSetup.Tenant(1, "acme", prefix: "acme")));

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("openapi/v1.json", "/")]
    [InlineData("acme/openapi/v1.json", "/acme")]
    public async Task Each_tenant_describes_its_api_under_its_own_prefix(string url, string server)
    {
        var response = await _site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Equal(server, root.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.True(root.GetProperty("paths").TryGetProperty("/api/me", out _));
        Assert.Equal("bearer", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.DoesNotContain(root.GetProperty("paths").EnumerateObject(), p => !p.Name.StartsWith("/api/", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
