using OrchardCustomers.Host.Limits;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

public sealed class PhoneInput
{
    public PhoneType Type { get; set; } = PhoneType.Office;

    [MaxChars(CustomerLimits.Phone)]
    public string? Number { get; set; }
}
