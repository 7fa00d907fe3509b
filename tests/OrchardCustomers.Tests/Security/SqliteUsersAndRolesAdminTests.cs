using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

public sealed class SqliteUsersAndRolesAdminTests : UsersAndRolesAdminTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
