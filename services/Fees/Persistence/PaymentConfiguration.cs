using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Fees.Persistence;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public const string ReferenceIndex = "ix_payments_reference";

    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("payments");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Reference).HasMaxLength(FeeLimits.ReferenceLength);
        b.Property(p => p.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(p => p.ReceiptNumber).HasMaxLength(32);
        b.Property(p => p.DepartmentId).HasMaxLength(FeeLimits.IdLength);
        b.Property(p => p.HandlingOrgUnitId).HasMaxLength(FeeLimits.IdLength);
        b.Property(p => p.HandlingDivision).HasMaxLength(12);
        b.Property(p => p.RecordedBy).HasMaxLength(128);
        // 重复缴费: one payment per reference, whoever races to record it
        b.HasIndex(p => p.Reference).IsUnique().HasDatabaseName(ReferenceIndex);
        b.HasIndex(p => p.ReceiptNumber).IsUnique();
        b.HasIndex(p => p.CaseId);
        b.HasIndex(p => new { p.HandlingOrgUnitId, p.DepartmentId, p.PaidOn });
    }
}
