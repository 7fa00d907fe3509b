namespace OrchardCustomers.Module.Customers.Duplicates;

/// <param name="Value">What they share: the VAT ID, the email, the IBAN or the postcode.</param>
public sealed record DuplicateMatch(long CustomerId, string DisplayName, string Number, DuplicateReason Reason, string Value);
