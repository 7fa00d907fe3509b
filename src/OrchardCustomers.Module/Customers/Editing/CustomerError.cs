namespace OrchardCustomers.Module.Customers.Editing;

/// <param name="Field">The path of the input property, e.g. "VatId" or "Addresses[0].PostalCode"; "" for the whole customer.</param>
public sealed record CustomerError(string Field, string Message);
