namespace OrchardCustomers.Module.Customers.Models;

/// <summary>An internal note: the customer never sees it.</summary>
public sealed class CustomerNote
{
    public Guid Id { get; set; }

    public long CustomerId { get; set; }

    public string Text { get; set; } = "";

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
