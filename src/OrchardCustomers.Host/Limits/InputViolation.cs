namespace OrchardCustomers.Host.Limits;

/// <param name="Field">The property path, e.g. "Addresses[0].Street", "Emails" or "CustomFields[Branch]".</param>
/// <param name="Limit">The maximum broken (characters or entries); 0 for the other kinds.</param>
public sealed record InputViolation(string Field, InputViolationKind Kind, int Limit);
