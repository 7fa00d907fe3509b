namespace OrchardCustomers.Module.Customers.Panel;

public static class PanelViews
{
    public const string Details = "~/Customers/Admin/Views/Panel/_Details.cshtml";
    public const string Contacts = "~/Customers/Admin/Views/Panel/_Contacts.cshtml";
    public const string Notes = "~/Customers/Admin/Views/Panel/_Notes.cshtml";
    public const string Files = "~/Customers/Admin/Views/Panel/_Files.cshtml";
    public const string History = "~/Customers/Admin/Views/Panel/_History.cshtml";
}
