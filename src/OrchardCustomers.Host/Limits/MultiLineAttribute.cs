namespace OrchardCustomers.Host.Limits;

/// <summary>A text of several lines: cleaning keeps its line breaks and tabs.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MultiLineAttribute : Attribute;
