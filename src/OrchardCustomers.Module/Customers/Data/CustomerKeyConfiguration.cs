using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerKeyConfiguration : IEntityTypeConfiguration<CustomerKey>
{
    public void Configure(EntityTypeBuilder<CustomerKey> key)
    {
        key.ToTable("CustomerKeys");
        key.HasKey(k => new { k.CustomerId, k.Kind, k.Value });
        key.Property(k => k.Kind).HasConversion<int>();
        key.Property(k => k.Value).HasMaxLength(320);
        key.HasIndex(k => new { k.Kind, k.Value });
        key.HasOne<Customer>().WithMany().HasForeignKey(k => k.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
