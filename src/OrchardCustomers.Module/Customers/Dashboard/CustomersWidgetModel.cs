namespace OrchardCustomers.Module.Customers.Dashboard;

public sealed record CustomersWidgetModel(long Active, int AddedThisMonth, IReadOnlyList<RecentCustomerActivity> Recent, bool MayCreate);
