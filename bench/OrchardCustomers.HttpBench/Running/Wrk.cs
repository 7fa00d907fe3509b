using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace OrchardCustomers.HttpBench.Running;

/// <summary>Runs Debian's wrk with one of the Lua scripts beside this executable and reads what the script prints.</summary>
public sealed class Wrk(int threads)
{
    private const string Marker = "HTTPBENCH ";

    /// <param name="script">site.lua (counts statuses and queries per response) or baseline.lua (no per-response work).</param>
    public async Task<WrkResult> RunAsync(Uri url, int connections, int seconds, string script, IEnumerable<string> headers)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s",
            // The default of 2 s would drop the slowest responses (the admin list at 64 connections) from the latencies.
            "--timeout", "30s",
            "-s", Path.Combine(AppContext.BaseDirectory, "Scripts", script),
        })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var header in headers)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add(header);
        }

        info.ArgumentList.Add(url.AbsoluteUri);

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
            if (process.ExitCode != 0 || line is null)
            {
                throw new InvalidOperationException($"wrk failed (exit {process.ExitCode}) on {url}:\n{await output}\n{await errors}");
            }

            return JsonSerializer.Deserialize<WrkResult>(line[Marker.Length..], new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
    }
}
