using Microsoft.AspNetCore.Http;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>The customer as saved (with its id), and the posted form for the section to store its own part.</summary>
public sealed class CustomerEditorSavedContext(Customer customer, IFormCollection form)
{
    public Customer Customer { get; } = customer;

    public IFormCollection Form { get; } = form;
}
