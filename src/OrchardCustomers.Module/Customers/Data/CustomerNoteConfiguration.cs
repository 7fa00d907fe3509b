using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerNoteConfiguration : IEntityTypeConfiguration<CustomerNote>
{
    public void Configure(EntityTypeBuilder<CustomerNote> note)
    {
        note.ToTable("CustomerNotes");
        note.HasKey(n => n.Id);
        note.Property(n => n.Text).HasMaxLength(10_000);
        note.Property(n => n.AuthorName).HasMaxLength(256);
        note.HasIndex(n => new { n.CustomerId, n.CreatedUtc });
        note.HasOne<Customer>().WithMany().HasForeignKey(n => n.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
