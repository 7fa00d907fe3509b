namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>A site whose Default tenant waits for setup: <c>GET /</c> shows the setup screen.</summary>
public sealed class FreshSite : SiteFixture;
