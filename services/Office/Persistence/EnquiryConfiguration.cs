using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> b)
    {
        b.ToTable("enquiries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.OrgUnitId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(e => e.Division).HasMaxLength(12);
        b.Property(e => e.Topic).HasMaxLength(OfficeLimits.TextLength);
        b.Property(e => e.MatterCode).HasMaxLength(36);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Owner).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(e => e.OwnerName).HasMaxLength(OfficeLimits.NameLength);
        b.Property(e => e.WindowCode).HasMaxLength(OfficeLimits.WindowCodeLength);
        b.Property<uint>("xmin").IsRowVersion();
        b.Ignore(e => e.NewSteps);
        b.HasIndex(e => new { e.OrgUnitId, e.Status });
    }
}
