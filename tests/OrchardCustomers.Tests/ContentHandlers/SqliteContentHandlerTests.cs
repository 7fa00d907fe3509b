using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.ContentHandlers;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteContentHandlerTests(SqliteMultiTenantSite fixture) : ContentHandlerTests(fixture);
