using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerTagCountConfiguration : IEntityTypeConfiguration<CustomerTagCount>
{
    public void Configure(EntityTypeBuilder<CustomerTagCount> builder)
    {
        builder.ToTable("CustomerTagCounts");
        builder.HasKey(c => c.Tag);
        builder.Property(c => c.Tag).HasMaxLength(320);
    }
}
