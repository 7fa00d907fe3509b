using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Module.Customers.Dashboard;

/// <param name="Exists">False when the customer was deleted since: the entry stays (GoBD) but links nowhere.</param>
public sealed record RecentCustomerActivity(ContentActivity Activity, string? DisplayName, string? Number, bool Exists);
