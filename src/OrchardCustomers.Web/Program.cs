using OrchardCustomers.Host;

var builder = WebApplication.CreateBuilder(args);

// Serves the theme's and modules' static files from their projects when the site runs unpublished.
builder.WebHost.UseStaticWebAssets();

builder.AddOrchardCustomersHost(host => host
    .AddModule(typeof(OrchardCustomers.Module.ModuleAssembly).Assembly)
    .AddTheme(typeof(TheAdmin.ThemeAssembly).Assembly));

var app = builder.Build();
app.UseOrchardCustomersHost();
app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
