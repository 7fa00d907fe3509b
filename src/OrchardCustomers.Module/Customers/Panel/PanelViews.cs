namespace OrchardCustomers.Module.Customers.Panel;

public static class PanelViews
{
    public const string Details = "~/Customers/Admin/Views/Panel/_Details.cshtml";
    public const string Contacts = "~/Customers/Admin/Views/Panel/_Contacts.cshtml";
    public const string Notes = "~/Customers/Admin/Views/Panel/_Notes.cshtml";
    public const string Files = "~/Customers/Admin/Views/Panel/_Files.cshtml";
    public const string History = "~/Customers/Admin/Views/Panel/_History.cshtml";

    /// <summary>Label and value pairs (model: a list of <see cref="PanelFigure"/>), for features without views of their own.</summary>
    public const string Facts = "~/Customers/Admin/Views/Panel/_Facts.cshtml";
}
