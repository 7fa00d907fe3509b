namespace OrchardCustomers.Host.Admin.Dashboard.Widgets;

public sealed record UsersWidgetModel(int Enabled, int Disabled);
