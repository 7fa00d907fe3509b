namespace OrchardCustomers.Host.Limits;

/// <summary>
/// The longest a text may be, in UTF-16 characters. On a list or dictionary of texts it bounds each item. Checked by
/// <see cref="InputRules"/> and stated as maxLength in the OpenAPI document.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxCharsAttribute(int max) : Attribute
{
    public int Max { get; } = max;
}
