using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class PostConfiguration : IEntityTypeConfiguration<WindowPost>
{
    public void Configure(EntityTypeBuilder<WindowPost> b)
    {
        b.ToTable("window_posts");
        b.HasKey(p => new { p.OrgUnitId, p.Code });
        b.Property(p => p.OrgUnitId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(p => p.Division).HasMaxLength(12);
        b.Property(p => p.Code).HasMaxLength(OfficeLimits.WindowCodeLength);
        b.Property(p => p.Name).HasMaxLength(OfficeLimits.NameLength);
        b.Property(p => p.A).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(p => p.AName).HasMaxLength(OfficeLimits.NameLength);
        b.Property(p => p.B).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(p => p.BName).HasMaxLength(OfficeLimits.NameLength);
    }
}
