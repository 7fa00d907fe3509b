namespace OrchardCustomers.Module.Customers.Validation;

public enum VatIdCheck
{
    Valid,
    UnknownCountry,
    BadFormat,
    BadCheckDigit,
}
