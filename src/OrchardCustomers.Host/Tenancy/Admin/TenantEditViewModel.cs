using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy.Admin;

public sealed class TenantEditViewModel
{
    public bool IsNew { get; set; }

    public string Name { get; set; } = "";

    public string? RequestUrlHost { get; set; }

    public string? RequestUrlPrefix { get; set; }

    /// <summary>Empty: the person setting up the tenant chooses.</summary>
    public DatabaseProvider? DatabaseProvider { get; set; }

    public string? DatabaseConnectionString { get; set; }

    public string? DatabaseSchema { get; set; }

    public string? RecipeName { get; set; }

    /// <summary>Where the database is chosen at setup, it can no longer change here.</summary>
    public bool CanEditDatabase { get; set; } = true;

    public IReadOnlyList<Recipes.RecipeDescriptor> SetupRecipes { get; set; } = [];
}
