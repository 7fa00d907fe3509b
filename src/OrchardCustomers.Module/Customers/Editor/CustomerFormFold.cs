using OrchardCustomers.Module.Customers.Admin;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>How a rarely used section of the customer form folds: open when it holds a value or one of its fields an error.</summary>
/// <param name="HasValue">Whether the form's customer has something in this section.</param>
/// <param name="FieldPrefixes">The start of the section's posted field names, to find its errors.</param>
public sealed record CustomerFormFold(Func<CustomerFormViewModel, bool> HasValue, IReadOnlyList<string> FieldPrefixes);
