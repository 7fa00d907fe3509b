using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Dashboard;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteDashboardWidgetTests(SqliteMultiTenantSite fixture) : DashboardWidgetTests(fixture);
