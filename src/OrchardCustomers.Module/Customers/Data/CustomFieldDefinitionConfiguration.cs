using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> field)
    {
        field.ToTable("CustomFieldDefinitions");
        field.HasKey(f => f.Name);
        field.Property(f => f.Name).HasMaxLength(64);
        field.Property(f => f.Label).HasMaxLength(100);
        field.Property(f => f.Hint).HasMaxLength(300);
        field.Property(f => f.Type).HasConversion<string>().HasMaxLength(10);
        field.Property(f => f.Options).AsJson();
    }
}
