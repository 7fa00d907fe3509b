namespace OrchardCustomers.Host.Data.Diagnostics;

/// <summary>
/// Counting the SQL commands of each request, for the HTTP benchmark (bench/OrchardCustomers.HttpBench). Off unless
/// <c>OrchardCustomers:Diagnostics:CountQueries</c> is true: the normal site registers neither the interceptor nor the
/// middleware, so it pays nothing.
/// </summary>
public static class QueryCounting
{
    public const string ConfigurationKey = "OrchardCustomers:Diagnostics:CountQueries";

    /// <summary>The response header that carries the number of commands the request sent before its response started.</summary>
    public const string HeaderName = "X-Query-Count";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(ConfigurationKey);
}
