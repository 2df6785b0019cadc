using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> b)
    {
        b.ToTable("receipts");
        b.HasKey(r => r.CaseId); // once per case: two first events racing, the second inserts nothing (Receipts, 0666)
        b.Property(r => r.CaseId).ValueGeneratedNever();
        b.Property(r => r.HandlingDivision).HasMaxLength(12);
        b.Property(r => r.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(r => r.MatterCode).HasMaxLength(36);
        b.Property(r => r.SubmittedAtOrgUnitId).HasMaxLength(64);
        b.Property(r => r.SubmittedAtDivision).HasMaxLength(12);
        b.HasIndex(r => new { r.HandlingDivision, r.ReceivedOn }); // /stats: subtree (LIKE prefix) and period
    }
}
