using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>
/// A section of the customer's own form. Its fields are part of <see cref="Editing.CustomerInput"/>, which MVC binds
/// and CustomerService validates and saves; the section renders them and tidies what the browser posts.
/// </summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomerFormSection(string id, int position, string title, string partialView, Action<CustomerEditorUpdateContext>? bind = null, CustomerFormFold? fold = null)
    : ICustomerEditorSection
{
    public string Id { get; } = id;

    public int Position { get; } = position;

    public Task<CustomerEditorSectionView?> BuildEditorAsync(CustomerEditorContext context, CancellationToken cancellationToken) =>
        Task.FromResult<CustomerEditorSectionView?>(new CustomerEditorSectionView(Id, title, partialView, context.Form)
        {
            Collapsible = fold is not null,
            HasValue = fold?.HasValue(context.Form) ?? true,
            FieldPrefixes = fold?.FieldPrefixes ?? [],
        });

    public Task UpdateAsync(CustomerEditorUpdateContext context, CancellationToken cancellationToken)
    {
        bind?.Invoke(context);
        return Task.CompletedTask;
    }

    public Task SavedAsync(CustomerEditorSavedContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
