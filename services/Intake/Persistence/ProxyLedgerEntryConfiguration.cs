using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class ProxyLedgerEntryConfiguration : IEntityTypeConfiguration<ProxyLedgerEntry>
{
    /// <summary>A line the agent opened (问事) that no case has taken yet; a statement the index is to serve names these
    /// two conditions as they are written here, constants and not parameters, so that a generic plan can use it.</summary>
    public const string OpenAsks = "\"CaseId\" IS NULL AND \"Stage\" = 'Asked'";

    public void Configure(EntityTypeBuilder<ProxyLedgerEntry> b)
    {
        b.ToTable("proxy_ledger");
        b.HasKey(e => e.Id);
        b.Property(e => e.StationOrgUnitId).HasMaxLength(64);
        b.HasIndex(e => new { e.StationOrgUnitId, e.AskedAt });
        // the open asks alone, where a new proxy case looks for its line (LineTake, decision 0788)
        b.HasIndex(e => new { e.StationOrgUnitId, e.PrincipalDigest, e.MatterCode, e.AskedAt })
            .HasFilter(OpenAsks).HasDatabaseName("IX_proxy_ledger_open_asks");
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
