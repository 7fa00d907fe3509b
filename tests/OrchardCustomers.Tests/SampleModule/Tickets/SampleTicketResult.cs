namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <param name="Ticket">The ticket saved, or null.</param>
/// <param name="Errors">Why nothing was saved: a bad field, or a handler's reason.</param>
public sealed record SampleTicketResult(SampleTicket? Ticket, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
