using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerActivityConfiguration : IEntityTypeConfiguration<CustomerActivity>
{
    public void Configure(EntityTypeBuilder<CustomerActivity> activity)
    {
        activity.ToTable("CustomerActivities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        activity.Property(a => a.UserName).HasMaxLength(256);
        activity.Property(a => a.Detail).HasMaxLength(500);
        activity.Property(a => a.Changes).AsJson();
        // No foreign key: the history of a deleted customer stays.
        activity.HasIndex(a => new { a.CustomerId, a.OccurredUtc });
    }
}
