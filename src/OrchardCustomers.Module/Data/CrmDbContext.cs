using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Module.Shared.Numbering;

namespace OrchardCustomers.Module.Data;

/// <summary>The module's tables in each tenant's database. Each feature adds its entities in its own configuration.</summary>
public abstract class CrmDbContext(DbContextOptions options) : DbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_Crm";

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerNote> CustomerNotes => Set<CustomerNote>();

    public DbSet<ContentFile> Files => Set<ContentFile>();

    public DbSet<ContentPicture> Pictures => Set<ContentPicture>();

    public DbSet<ContentActivity> Activities => Set<ContentActivity>();

    public DbSet<CustomerKey> CustomerKeys => Set<CustomerKey>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<CustomerStatusCount> CustomerStatusCounts => Set<CustomerStatusCount>();

    public DbSet<CustomerCategoryCount> CustomerCategoryCounts => Set<CustomerCategoryCount>();

    public DbSet<CustomerTagCount> CustomerTagCounts => Set<CustomerTagCount>();

    public DbSet<CustomerSearchRebuild> CustomerSearchRebuilds => Set<CustomerSearchRebuild>();

    public DbSet<CustomFieldDefinition> CustomFieldDefinitions => Set<CustomFieldDefinition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly, t => t.Namespace?.StartsWith("OrchardCustomers.Module", StringComparison.Ordinal) == true);
}
