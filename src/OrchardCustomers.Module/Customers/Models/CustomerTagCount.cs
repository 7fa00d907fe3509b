namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// How many customers carry a tag (as its lookup key, lower case), kept by database triggers on the tag keys: the
/// list's tag menu reads these few rows instead of every key.
/// </summary>
public sealed class CustomerTagCount
{
    public string Tag { get; set; } = "";

    public long Count { get; set; }
}
