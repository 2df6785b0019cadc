using Linkage.Hall.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Hall.Persistence;

public sealed class WindowConfiguration : IEntityTypeConfiguration<HallWindow>
{
    public void Configure(EntityTypeBuilder<HallWindow> b)
    {
        b.ToTable("windows");
        b.HasKey(w => new { w.OrgUnitId, w.Code });
        b.Property(w => w.OrgUnitId).HasMaxLength(64);
        b.Property(w => w.Division).HasMaxLength(12);
        b.Property(w => w.Code).HasMaxLength(HallLimits.WindowCodeLength);
        b.Property(w => w.Name).HasMaxLength(HallLimits.NameLength);
        b.Property(w => w.ClerkSubject).HasMaxLength(200);
        b.HasIndex(w => new { w.OrgUnitId, w.ClerkSubject });
        b.Property<uint>("xmin").IsRowVersion();
    }
}
