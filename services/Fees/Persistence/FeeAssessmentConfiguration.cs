using System.Text.Json;
using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Fees.Persistence;

public sealed class FeeAssessmentConfiguration : IEntityTypeConfiguration<FeeAssessment>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<FeeAssessment> b)
    {
        b.ToTable("assessments");
        b.HasKey(a => a.CaseId);
        b.Property(a => a.CaseId).ValueGeneratedNever();
        b.Property(a => a.CaseNumber).HasMaxLength(40);
        b.Property(a => a.MatterCode).HasMaxLength(36);
        b.Property(a => a.MatterName).HasMaxLength(200);
        b.Property(a => a.HandlingOrgUnitId).HasMaxLength(FeeLimits.IdLength);
        b.Property(a => a.HandlingDivision).HasMaxLength(12);
        b.Property(a => a.DepartmentId).HasMaxLength(FeeLimits.IdLength);
        b.Property(a => a.ApplicantIdDigest).HasMaxLength(128);
        b.Property(a => a.WaiverReason).HasMaxLength(FeeLimits.ReasonLength);
        b.Property(a => a.WaivedBy).HasMaxLength(128);
        b.Property(a => a.Lines).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<FeeLine>>(s, Json) ?? new List<FeeLine>(),
            new ValueComparer<List<FeeLine>>((x, y) => x!.SequenceEqual(y!), v => v.Count, v => v.ToList()));
        b.Ignore(a => a.DueFen);
        b.Ignore(a => a.NetPaidFen);
        b.Ignore(a => a.Waived);
        b.Ignore(a => a.OutstandingFen);
        b.Ignore(a => a.Settled);
        b.Ignore(a => a.Status);
        b.HasIndex(a => new { a.HandlingDivision, a.AssessedAt });
        b.HasIndex(a => a.ApplicantIdDigest);
        b.Property<uint>("xmin").IsRowVersion();
    }
}
