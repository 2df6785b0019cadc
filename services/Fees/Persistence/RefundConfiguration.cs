using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Fees.Persistence;

public sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> b)
    {
        b.ToTable("refunds");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Reason).HasMaxLength(FeeLimits.ReasonLength);
        b.Property(r => r.DepartmentId).HasMaxLength(FeeLimits.IdLength);
        b.Property(r => r.HandlingOrgUnitId).HasMaxLength(FeeLimits.IdLength);
        b.Property(r => r.RefundedBy).HasMaxLength(128);
        b.HasIndex(r => r.CaseId);
        b.HasIndex(r => new { r.HandlingOrgUnitId, r.DepartmentId, r.RefundedOn });
    }
}
