namespace OrchardCustomers.Tests.SampleModule.Tickets;

public sealed class SampleTicketInput
{
    public string Title { get; set; } = "";

    public string Status { get; set; } = "Open";
}
