namespace OrchardCustomers.Tests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
