using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class EnquiryStepConfiguration : IEntityTypeConfiguration<EnquiryStep>
{
    public void Configure(EntityTypeBuilder<EnquiryStep> b)
    {
        b.ToTable("enquiry_steps");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.By).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(s => s.ByName).HasMaxLength(OfficeLimits.NameLength);
        b.Property(s => s.WindowCode).HasMaxLength(OfficeLimits.WindowCodeLength);
        b.Property(s => s.Note).HasMaxLength(OfficeLimits.TextLength);
        b.Property(s => s.CoveringFor).HasMaxLength(OfficeLimits.SubjectLength);
        b.HasIndex(s => new { s.EnquiryId, s.Sequence }).IsUnique();
    }
}
