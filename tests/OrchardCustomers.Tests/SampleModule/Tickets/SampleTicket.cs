namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <summary>SampleModule's own content type: a second type that goes through the content handlers.</summary>
public sealed class SampleTicket
{
    public const string ContentType = "SampleTicket";

    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string Status { get; set; } = "Open";

    /// <summary>Stamped by <see cref="SampleTicketHandler"/>: shows that the sample feature's handler ran.</summary>
    public string? StampedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
}
