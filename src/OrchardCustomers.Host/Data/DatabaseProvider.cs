namespace OrchardCustomers.Host.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
