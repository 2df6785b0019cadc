using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class DayOffConfiguration : IEntityTypeConfiguration<DayOff>
{
    public void Configure(EntityTypeBuilder<DayOff> b)
    {
        b.ToTable("days_off");
        b.HasKey(d => new { d.OrgUnitId, d.Subject, d.Date });
        b.Property(d => d.OrgUnitId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(d => d.Subject).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(d => d.Reason).HasMaxLength(OfficeLimits.TextLength);
        b.Property(d => d.RecordedBy).HasMaxLength(OfficeLimits.SubjectLength);
    }
}
