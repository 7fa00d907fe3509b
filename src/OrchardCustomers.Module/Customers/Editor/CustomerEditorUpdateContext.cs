using Microsoft.AspNetCore.Http;
using OrchardCustomers.Module.Customers.Editing;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>The posted form while it is bound and validated; nothing is saved yet.</summary>
public sealed class CustomerEditorUpdateContext(CustomerInput input, IFormCollection form, long? customerId)
{
    private readonly List<CustomerError> _errors = [];

    /// <summary>The customer's own fields, bound by MVC; a section may tidy them (drop empty rows).</summary>
    public CustomerInput Input { get; } = input;

    public IFormCollection Form { get; } = form;

    /// <summary>Null while creating.</summary>
    public long? CustomerId { get; } = customerId;

    public IReadOnlyList<CustomerError> Errors => _errors;

    /// <param name="field">The form field's full name (e.g. "Sample.Code"): the message shows next to it.</param>
    public void AddError(string field, string message) => _errors.Add(new CustomerError(field, message));
}
