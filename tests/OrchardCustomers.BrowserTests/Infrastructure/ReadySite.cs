namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>A site set up at start by AutoSetup (blank recipe, German), for tests that begin after setup.</summary>
public sealed class ReadySite : SiteFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => BlankSiteSettings.AutoSetup;
}
