using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

public sealed class PostgresUsersAndRolesAdminTests : UsersAndRolesAdminTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
