using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerCategoryCountConfiguration : IEntityTypeConfiguration<CustomerCategoryCount>
{
    public void Configure(EntityTypeBuilder<CustomerCategoryCount> builder)
    {
        builder.ToTable("CustomerCategoryCounts");
        builder.HasKey(c => c.Category);
        builder.Property(c => c.Category).HasMaxLength(CustomerLimits.Category);
    }
}
