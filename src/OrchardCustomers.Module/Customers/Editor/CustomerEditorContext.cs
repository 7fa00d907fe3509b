using Microsoft.AspNetCore.Http;
using OrchardCustomers.Module.Customers.Admin;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>What a section needs to render: the form's model, and the posted values when the form comes back with errors.</summary>
public sealed class CustomerEditorContext(CustomerFormViewModel form, IFormCollection? posted)
{
    public CustomerFormViewModel Form { get; } = form;

    /// <summary>Null when the form is first opened.</summary>
    public IFormCollection? Posted { get; } = posted;

    /// <summary>Null while creating.</summary>
    public long? CustomerId => Form.Id;
}
