using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrchardCustomers.Module.Shared.Numbering;

public sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> sequence)
    {
        sequence.ToTable("NumberSequences");
        sequence.HasKey(s => s.Name);
        sequence.Property(s => s.Name).HasMaxLength(100);
    }
}
