namespace OrchardCustomers.Host.Admin.Dashboard;

/// <param name="Id">Names the card for tests and styles (<c>data-testid="widget-{Id}"</c>).</param>
/// <param name="ViewName">The partial that renders <paramref name="Model"/>, e.g. "~/Customers/Dashboard/Views/CustomersWidget.cshtml".</param>
/// <param name="Wide">Spans two columns on a wide screen.</param>
public sealed record DashboardWidgetResult(string Id, string ViewName, object Model, bool Wide = false);
