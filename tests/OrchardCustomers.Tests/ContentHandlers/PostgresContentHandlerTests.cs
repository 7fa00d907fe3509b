using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.ContentHandlers;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresContentHandlerTests(PostgresMultiTenantSite fixture) : ContentHandlerTests(fixture);
