namespace OrchardCustomers.Bench.Hosting;

public enum BenchDatabase
{
    Sqlite,
    Postgres,
}
