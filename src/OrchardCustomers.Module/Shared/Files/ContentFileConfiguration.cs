using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrchardCustomers.Module.Shared.Files;

public sealed class ContentFileConfiguration : IEntityTypeConfiguration<ContentFile>
{
    public void Configure(EntityTypeBuilder<ContentFile> file)
    {
        file.ToTable("ContentFiles");
        file.HasKey(f => f.Id);
        file.Property(f => f.ContentType).HasMaxLength(50);
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.MediaType).HasMaxLength(100);
        file.Property(f => f.UploadedBy).HasMaxLength(256);
        // No foreign key, ids only: any feature's items may have files, and a feature may be disabled.
        file.HasIndex(f => new { f.ContentType, f.ContentItemId, f.UploadedUtc });
    }
}
