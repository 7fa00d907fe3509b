using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Shared.History;

public sealed class ContentActivityConfiguration : IEntityTypeConfiguration<ContentActivity>
{
    public void Configure(EntityTypeBuilder<ContentActivity> activity)
    {
        activity.ToTable("ContentActivities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.ContentType).HasMaxLength(50);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        activity.Property(a => a.UserName).HasMaxLength(256);
        activity.Property(a => a.Detail).HasMaxLength(500);
        activity.Property(a => a.Changes).AsJson();
        // No foreign key, and ids only: the history of a deleted item stays, and any feature's items may have one.
        activity.HasIndex(a => new { a.ContentType, a.ContentItemId, a.OccurredUtc });
    }
}
