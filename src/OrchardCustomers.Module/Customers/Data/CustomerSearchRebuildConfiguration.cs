using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerSearchRebuildConfiguration : IEntityTypeConfiguration<CustomerSearchRebuild>
{
    public void Configure(EntityTypeBuilder<CustomerSearchRebuild> builder)
    {
        builder.ToTable("CustomerSearchRebuild");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
    }
}
