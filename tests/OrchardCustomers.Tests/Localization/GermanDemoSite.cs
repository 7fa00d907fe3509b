using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Localization;

/// <summary>A site set up in German with the demo recipe: every admin page has something to show.</summary>
public sealed class GermanDemoSite : IAsyncLifetime
{
    private DatabaseSite _database = null!;

    public SiteFactory Site => _database.Site;

    public async Task InitializeAsync() => _database = await DatabaseSite.StartWithRecipeAsync(DatabaseKind.Sqlite, "demo", "de-DE");

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
