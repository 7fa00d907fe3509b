using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Bench.Measuring;

/// <param name="Query">What the list service is asked, as the admin list or GET /api/customers would ask it.</param>
/// <param name="Raw">The same page and total from hand-written SQL.</param>
public sealed record BenchCase(string Name, CustomerListQuery Query, Func<IRawListSql, Task<PageResult>> Raw);
