using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerStatusCountConfiguration : IEntityTypeConfiguration<CustomerStatusCount>
{
    public void Configure(EntityTypeBuilder<CustomerStatusCount> builder)
    {
        builder.ToTable("CustomerStatusCounts");
        builder.HasKey(c => c.Status);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
    }
}
