namespace OrchardCustomers.Module.Customers.Models;

public sealed record ContactPerson
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Salutation Salutation { get; init; }

    public string? FirstName { get; init; }

    public string LastName { get; init; } = "";

    public string? Position { get; init; }

    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public MailRoles MailRoles { get; init; }
}
