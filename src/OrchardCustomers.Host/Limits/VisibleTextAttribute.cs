namespace OrchardCustomers.Host.Limits;

/// <summary>A name: when given, it must contain a visible character, not only zero-width, control or bidi characters.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VisibleTextAttribute : Attribute;
