namespace OrchardCustomers.Module.Customers.Models;

/// <param name="Number">As the user typed it.</param>
/// <param name="E164">Normalised with the customer's country, e.g. +4930123456; null when it could not be read.</param>
public sealed record Phone(PhoneType Type, string Number, string? E164);
