namespace OrchardCustomers.HttpBench.Baseline;

/// <summary>
/// The minimal endpoint: Kestrel and one route that writes the captured JSON of <c>GET /api/customers?pageSize=20</c>
/// from memory. What the site costs beyond this is the site's own work. Runs in its own process
/// (<c>OrchardCustomers.HttpBench baseline PORT FILE</c>), as the site does.
/// </summary>
public static class BaselineServer
{
    public const string Command = "baseline";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 3)
        {
            await Console.Error.WriteLineAsync($"Usage: {Command} PORT FILE");
            return 2;
        }

        var body = await File.ReadAllBytesAsync(args[2]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{args[1]}");
        var app = builder.Build();
        app.MapGet("/", () => Results.Bytes(body, "application/json; charset=utf-8"));
        await app.RunAsync();
        return 0;
    }
}
