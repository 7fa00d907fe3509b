namespace OrchardCustomers.Module.Customers.Admin;

public sealed class BulkActionForm
{
    public List<long> Ids { get; set; } = [];

    public BulkAction Action { get; set; }

    public string? Category { get; set; }

    public string? ReturnUrl { get; set; }
}
