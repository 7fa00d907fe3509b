using System.Globalization;

namespace OrchardCustomers.HttpBench;

/// <summary>The command line; the defaults run the full matrix of docs/benchmarks.md ("HTTP benchmark").</summary>
public sealed record HttpBenchOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/OrchardCustomers.HttpBench -- [options]
          --sizes LIST          tenant sizes in customers (default 1000,100000,1000000)
          --connections LIST    wrk connections (default 8,64)
          --cases LIST          api-list,api-search,api-get,admin-list,health (default all)
          --duration SECONDS    measured wrk run per case and for its baseline (default 10)
          --warmup SECONDS      unmeasured wrk run of the site before each case (default 3)
          --threads N           wrk threads (default 2)
          --data DIR            where the generated tenants are kept and reused, one folder per size (default /tmp/oc-httpbench)
          --seed N              the generator's seed (default 20251123, as bench/OrchardCustomers.Bench)
          --regenerate          generate even when a matching data set exists
          --generate-only       generate (or reuse) the data sets and stop
          --output FILE         also write the Markdown report there
        """;

    public static readonly IReadOnlyList<string> AllCases = ["api-list", "api-search", "api-get", "admin-list", "health"];

    public IReadOnlyList<long> Sizes { get; init; } = [1_000, 100_000, 1_000_000];

    public IReadOnlyList<int> Connections { get; init; } = [8, 64];

    public IReadOnlyList<string> Cases { get; init; } = AllCases;

    public int Duration { get; init; } = 10;

    public int Warmup { get; init; } = 3;

    public int Threads { get; init; } = 2;

    public string Data { get; init; } = "/tmp/oc-httpbench";

    public int Seed { get; init; } = 20251123;

    public bool Regenerate { get; init; }

    public bool GenerateOnly { get; init; }

    public string? Output { get; init; }

    public static HttpBenchOptions Parse(string[] args)
    {
        var options = new HttpBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = List(Next(), s => long.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)) },
                "--connections" => options with { Connections = List(Next(), s => int.Parse(s, CultureInfo.InvariantCulture)) },
                "--cases" => options with { Cases = List(Next(), Case) },
                "--duration" => options with { Duration = Positive(Next()) },
                "--warmup" => options with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--threads" => options with { Threads = Positive(Next()) },
                "--data" => options with { Data = Next() },
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--regenerate" => options with { Regenerate = true },
                "--generate-only" => options with { GenerateOnly = true },
                "--output" => options with { Output = Next() },
                var other => throw new ArgumentException($"Unknown option '{other}'.\n{Usage}"),
            };
        }

        if (options.Connections.Any(c => c < options.Threads))
        {
            throw new ArgumentException($"wrk needs at least as many connections as threads ({options.Threads}).\n{Usage}");
        }

        return options;
    }

    private static List<T> List<T>(string value, Func<string, T> parse) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse)];

    private static string Case(string name) =>
        AllCases.Contains(name) ? name : throw new ArgumentException($"Unknown case '{name}'.\n{Usage}");

    private static int Positive(string value) =>
        int.Parse(value, CultureInfo.InvariantCulture) is > 0 and var n ? n : throw new ArgumentException($"'{value}' must be positive.\n{Usage}");
}
