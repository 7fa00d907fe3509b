namespace OrchardCustomers.Module.Customers.History;

/// <summary>How a stored value of a customer field reads in the history.</summary>
internal enum HistoryValueKind
{
    Text,
    YesNo,
    Days,
    Date,
    Decimal,
    Iban,
    Kind,
    Salutation,
    PhoneType,
    AddressType,
    PaymentMethod,
    Scheme,
    Language,
}
