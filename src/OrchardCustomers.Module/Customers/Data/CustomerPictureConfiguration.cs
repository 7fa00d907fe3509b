using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerPictureConfiguration : IEntityTypeConfiguration<CustomerPicture>
{
    public void Configure(EntityTypeBuilder<CustomerPicture> picture)
    {
        picture.ToTable("CustomerPictures");
        picture.HasKey(p => p.CustomerId);
        picture.Property(p => p.ContentType).HasMaxLength(50);
        picture.HasOne<Customer>().WithOne().HasForeignKey<CustomerPicture>(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
