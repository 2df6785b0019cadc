using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Fees.Persistence;

public sealed class ReconciliationConfiguration : IEntityTypeConfiguration<Reconciliation>
{
    public void Configure(EntityTypeBuilder<Reconciliation> b)
    {
        b.ToTable("reconciliations");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.HandlingOrgUnitId).HasMaxLength(FeeLimits.IdLength);
        b.Property(r => r.HandlingDivision).HasMaxLength(12);
        b.Property(r => r.DepartmentId).HasMaxLength(FeeLimits.IdLength);
        b.Property(r => r.ReconciledBy).HasMaxLength(128);
        b.Ignore(r => r.DifferenceFen);
        b.Ignore(r => r.Flagged);
        // one reconciliation per department and day at a centre
        b.HasIndex(r => new { r.HandlingOrgUnitId, r.DepartmentId, r.Day }).IsUnique();
    }
}
