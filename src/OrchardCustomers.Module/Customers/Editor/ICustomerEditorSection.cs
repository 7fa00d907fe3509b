namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>
/// A part of the customer form, in the spirit of Orchard's display drivers: it renders its own fields, binds and
/// validates them, and stores what is its own once the customer is saved. The customer feature builds its whole form
/// from such sections; another feature adds one without touching customer code. Mark the class with its feature: it
/// disappears where that feature is disabled.
/// </summary>
public interface ICustomerEditorSection
{
    /// <summary>Unique among the sections; rendered as data-section on the form.</summary>
    string Id { get; }

    /// <summary>Sections are shown, bound and saved in ascending position.</summary>
    int Position { get; }

    /// <summary>What to render, or null to show nothing for this customer.</summary>
    Task<CustomerEditorSectionView?> BuildEditorAsync(CustomerEditorContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Binds the posted form and validates it, before anything is saved. Errors go to
    /// <see cref="CustomerEditorUpdateContext.AddError"/> under the form field's name; any error stops the save.
    /// </summary>
    Task UpdateAsync(CustomerEditorUpdateContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the section's own data after the customer was saved, inside the same transaction: an exception here
    /// rolls the customer back too.
    /// </summary>
    Task SavedAsync(CustomerEditorSavedContext context, CancellationToken cancellationToken);
}
