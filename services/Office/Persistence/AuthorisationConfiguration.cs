using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class AuthorisationConfiguration : IEntityTypeConfiguration<WindowAuthorisation>
{
    public void Configure(EntityTypeBuilder<WindowAuthorisation> b)
    {
        b.ToTable("window_authorisations");
        b.HasKey(a => new { a.OrgUnitId, a.DepartmentId });
        b.Property(a => a.OrgUnitId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(a => a.DepartmentId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(a => a.DepartmentName).HasMaxLength(OfficeLimits.NameLength);
        b.Property(a => a.Division).HasMaxLength(12);
        b.Property(a => a.GrantedBy).HasMaxLength(OfficeLimits.SubjectLength);
        b.PrimitiveCollection(a => a.Powers).ElementType().HasConversion<string>();
        b.HasIndex(a => a.Division);
    }
}
