using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrchardCustomers.Module.Shared.Files;

public sealed class ContentPictureConfiguration : IEntityTypeConfiguration<ContentPicture>
{
    public void Configure(EntityTypeBuilder<ContentPicture> picture)
    {
        picture.ToTable("ContentPictures");
        picture.HasKey(p => new { p.ContentType, p.ContentItemId });
        picture.Property(p => p.ContentType).HasMaxLength(50);
        picture.Property(p => p.MediaType).HasMaxLength(50);
    }
}
