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

    [Fact]
    public async Task Every_operation_says_what_it_does_and_the_customer_list_documents_its_parameters()
    {
        using var document = JsonDocument.Parse(await _site.CreateClient().GetStringAsync("openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch").Select(o => (Name: $"{o.Name.ToUpperInvariant()} {path.Name}", Operation: o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Name == "PUT /api/customers/{id}");
        var undocumented = operations.Where(o => !o.Operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString())).Select(o => o.Name);
        Assert.Empty(undocumented);

        var listParameters = paths.GetProperty("/api/customers").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Superset(new HashSet<string?> { "q", "sort", "status", "createdFrom", "createdTo", "page", "pageSize" }, listParameters.ToHashSet());
    }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
