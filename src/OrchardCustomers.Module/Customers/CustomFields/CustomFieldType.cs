namespace OrchardCustomers.Module.Customers.CustomFields;

public enum CustomFieldType
{
    Text,
    Number,
    Date,
    YesNo,
    Choice,
}
