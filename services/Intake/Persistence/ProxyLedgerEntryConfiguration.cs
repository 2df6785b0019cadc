using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class ProxyLedgerEntryConfiguration : IEntityTypeConfiguration<ProxyLedgerEntry>
{
    public void Configure(EntityTypeBuilder<ProxyLedgerEntry> b)
    {
        b.ToTable("proxy_ledger");
        b.HasKey(e => e.Id);
        b.Property(e => e.StationOrgUnitId).HasMaxLength(64);
        b.HasIndex(e => new { e.StationOrgUnitId, e.AskedAt });
        b.Property(e => e.StationDivision).HasMaxLength(12);
        b.HasIndex(e => e.StationDivision);
        b.HasIndex(e => e.CaseId).IsUnique();
        b.Property(e => e.CaseNumber).HasMaxLength(40);
        b.Property(e => e.PrincipalDigest).HasMaxLength(64);
        b.Property(e => e.MatterCode).HasMaxLength(36);
        b.Property(e => e.Request).HasMaxLength(1000);
        b.Property(e => e.Window).HasMaxLength(200);
        b.Property(e => e.FollowUpNote).HasMaxLength(1000);
        b.Property(e => e.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Delivery).HasConversion<string>().HasMaxLength(16);
        b.Property<uint>("xmin").IsRowVersion();
    }
}
