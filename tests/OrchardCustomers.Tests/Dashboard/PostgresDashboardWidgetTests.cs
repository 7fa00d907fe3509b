using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Dashboard;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresDashboardWidgetTests(PostgresMultiTenantSite fixture) : DashboardWidgetTests(fixture);
