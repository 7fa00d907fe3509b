using OrchardCustomers.Bench.Loading;

namespace OrchardCustomers.HttpBench.Running;

/// <param name="Folder">The data set's folder (bench/OrchardCustomers.Bench's layout: sqlite/App_Data, dataset.json).</param>
/// <param name="ApiToken">A token of the admin user, made by the bench.</param>
public sealed record PreparedTenant(long Customers, string Folder, string AppData, string ApiToken, LoadReport Load, bool Generated);
