using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Recipes;

namespace OrchardCustomers.Host.Setup;

public sealed class SetupViewModel
{
    public string SiteName { get; set; } = "";

    public string RecipeName { get; set; } = "blank";

    public string AdminUsername { get; set; } = "admin";

    public string AdminEmail { get; set; } = "";

    public string AdminPassword { get; set; } = "";

    public string PasswordConfirmation { get; set; } = "";

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    public string? DatabaseConnectionString { get; set; }

    public string? DatabaseSchema { get; set; }

    public string DefaultCulture { get; set; } = Settings.SupportedCultures.Default;

    /// <summary>The setup link's token, for tenants other than Default.</summary>
    public string? Token { get; set; }

    /// <summary>The operator chose the database in the tenants admin: the form does not ask for it.</summary>
    public bool DatabasePreset { get; set; }

    public bool RecipePreset { get; set; }

    public IReadOnlyList<RecipeDescriptor> Recipes { get; set; } = [];
}
