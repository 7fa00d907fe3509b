using System.Globalization;
using OrchardCustomers.Bench.Hosting;
using OrchardCustomers.Bench.Loading;

namespace OrchardCustomers.Bench;

/// <summary>The command line; every option has a default that reproduces docs/benchmarks.md.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/OrchardCustomers.Bench -- [options]
          --db sqlite|postgres|both   which databases (default sqlite)
          --postgres CONNSTR          an admin connection to a PostgreSQL cluster; the bench creates its own database there
          --pg-database NAME          that database's name (default oc_bench_customers)
          --data DIR                  where generated tenants are kept and reused (default /tmp/oc-bench)
          --customers N               how many customers (default 1000000)
          --seed N                    the generator's seed (default 20251123)
          --sqlite-load triggers|rebuild   how SQLite fills its indexes while loading (default rebuild)
          --regenerate                generate even when the data folder holds a matching data set
          --generate-only             generate (or reuse) the data and stop
          --iterations N              measured runs per case and side (default 100)
          --warmup N                  unmeasured runs first (default 10)
          --show-sql                  log the SQL that EF sends
        """;

    public IReadOnlyList<BenchDatabase> Databases { get; init; } = [BenchDatabase.Sqlite];

    public string? Postgres { get; init; }

    public string PostgresDatabase { get; init; } = "oc_bench_customers";

    public string Data { get; init; } = "/tmp/oc-bench";

    public long Customers { get; init; } = 1_000_000;

    public int Seed { get; init; } = 20251123;

    public SqliteFtsLoad SqliteLoad { get; init; } = SqliteFtsLoad.Rebuild;

    public bool Regenerate { get; init; }

    public bool GenerateOnly { get; init; }

    public int Iterations { get; init; } = 100;

    public int Warmup { get; init; } = 10;

    public bool ShowSql { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--db" => options with
                {
                    Databases = Next() switch
                    {
                        "sqlite" => [BenchDatabase.Sqlite],
                        "postgres" => [BenchDatabase.Postgres],
                        "both" => [BenchDatabase.Sqlite, BenchDatabase.Postgres],
                        var other => throw new ArgumentException($"Unknown database '{other}'.\n{Usage}"),
                    },
                },
                "--postgres" => options with { Postgres = Next() },
                "--pg-database" => options with { PostgresDatabase = Next() },
                "--data" => options with { Data = Next() },
                "--customers" => options with { Customers = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--sqlite-load" => options with { SqliteLoad = Enum.Parse<SqliteFtsLoad>(Next(), ignoreCase: true) },
                "--regenerate" => options with { Regenerate = true },
                "--generate-only" => options with { GenerateOnly = true },
                "--iterations" => options with { Iterations = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--show-sql" => options with { ShowSql = true },
                var other => throw new ArgumentException($"Unknown option '{other}'.\n{Usage}"),
            };
        }

        if (options.Databases.Contains(BenchDatabase.Postgres) && string.IsNullOrWhiteSpace(options.Postgres))
        {
            throw new ArgumentException($"--postgres is needed for PostgreSQL.\n{Usage}");
        }

        return options;
    }
}
