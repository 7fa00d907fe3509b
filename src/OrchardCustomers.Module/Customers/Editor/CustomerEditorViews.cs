namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>The partials of the customer form's own sections, and the generic ones other features may use.</summary>
public static class CustomerEditorViews
{
    private const string Folder = "~/Customers/Admin/Views/CustomerEditor/";

    public const string Kind = Folder + "_Kind.cshtml";
    public const string Name = Folder + "_Name.cshtml";
    public const string Contact = Folder + "_Contact.cshtml";
    public const string Addresses = Folder + "_Addresses.cshtml";
    public const string Tax = Folder + "_Tax.cshtml";
    public const string Billing = Folder + "_Billing.cshtml";
    public const string EInvoicing = Folder + "_EInvoicing.cshtml";
    public const string Organisation = Folder + "_Organisation.cshtml";
    public const string ContactPersons = Folder + "_ContactPersons.cshtml";
    public const string CustomFields = Folder + "_CustomFields.cshtml";
    public const string Location = Folder + "_Location.cshtml";
    public const string ReadOnly = Folder + "_ReadOnly.cshtml";

    /// <summary>Plain text fields (model <see cref="EditorTextFields"/>) in a card with the section's title.</summary>
    public const string TextFields = Folder + "_TextFields.cshtml";

    /// <summary>The ViewData key under which a section's partial finds its title.</summary>
    public const string TitleKey = "SectionTitle";
}
