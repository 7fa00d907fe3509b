namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots go to the test output folder on every run; with ORCHARDCUSTOMERS_UPDATE_SCREENSHOTS=1 they also
/// replace the ones the docs show, so that the docs change only when someone means them to.
/// </summary>
public static class Screenshots
{
    public const string UpdateVariable = "ORCHARDCUSTOMERS_UPDATE_SCREENSHOTS";

    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> TakeAsync(IPage page, string fileName)
    {
        var path = Path.Combine(OutputFolder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, fileName), overwrite: true);
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrchardCustomers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OrchardCustomers.sln above {AppContext.BaseDirectory}: cannot find docs/screenshots.");
    }
}
