namespace OrchardCustomers.Host.Limits;

/// <summary>The most entries a list or dictionary may hold. Checked by <see cref="InputRules"/>, stated as maxItems in OpenAPI.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxItemsAttribute(int max) : Attribute
{
    public int Max { get; } = max;
}
