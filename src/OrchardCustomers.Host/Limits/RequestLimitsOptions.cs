namespace OrchardCustomers.Host.Limits;

/// <summary>How large a request body may be (section <c>OrchardCustomers:Limits</c>). Larger bodies get 413.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "OrchardCustomers:Limits";

    /// <summary>Any body: forms and uploads. Upload endpoints may set a lower limit of their own.</summary>
    public long MaxRequestBodySize { get; set; } = 30L * 1024 * 1024;

    /// <summary>A JSON body: no customer, invoice or script call needs more; JSON costs many times its size in memory.</summary>
    public long MaxJsonBodySize { get; set; } = 1024 * 1024;
}
