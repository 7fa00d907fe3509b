namespace OrchardCustomers.HttpBench.Running;

/// <param name="Name">The name on the command line (--cases).</param>
/// <param name="Title">As the report and issue 14 name it.</param>
public sealed record HttpCase(string Name, string Title, string PathAndQuery, CaseAuth Auth)
{
    public const string ApiList = "api-list";
    public const string AdminList = "admin-list";

    /// <summary>The cases of issue 14's table; <paramref name="customerId"/> is a customer of the data set.</summary>
    public static IReadOnlyList<HttpCase> All(long customerId) =>
    [
        new(ApiList, "`GET /api/customers?pageSize=20`", "/api/customers?pageSize=20", CaseAuth.Token),
        new("api-search", "`GET /api/customers?q=müll`", "/api/customers?q=m%C3%BCll", CaseAuth.Token),
        new("api-get", "`GET /api/customers/{id}`", $"/api/customers/{customerId}", CaseAuth.Token),
        new(AdminList, "`GET /Admin/Customers` (HTML)", "/Admin/Customers", CaseAuth.Cookie),
        new("health", "`GET /health`", "/health", CaseAuth.None),
    ];
}
