using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Approval.Persistence;

public sealed class ReviewCaseConfiguration : IEntityTypeConfiguration<ReviewCase>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReviewCase> b)
    {
        b.ToTable("review_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.CaseNumber).HasMaxLength(40);
        b.Property(c => c.MatterCode).HasMaxLength(36);
        b.Property(c => c.MatterName).HasMaxLength(200);
        b.Property(c => c.ImplementationCode).HasMaxLength(36);
        b.Property(c => c.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(c => c.HandlingDivision).HasMaxLength(12);
        b.Property(c => c.SubmittedAtOrgUnitId).HasMaxLength(64);
        b.Property(c => c.SubmittedAtDivision).HasMaxLength(12);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ClockStopKind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.SignedOffBy).HasMaxLength(128);
        b.Property(c => c.SignedOffByName).HasMaxLength(200);
        b.Ignore(c => c.Timeline);
        b.Property(c => c.Legs).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<ReviewLeg>>(v, Json) ?? new List<ReviewLeg>(),
            new ValueComparer<IReadOnlyList<ReviewLeg>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        b.Property(c => c.MergedLicence).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<MergedLicence>(v, Json));
        b.HasIndex(c => c.HandlingDivision);
        b.ComplexProperty(c => c.Holder, h =>
        {
            h.Property(p => p.Kind).HasMaxLength(16);
            h.Property(p => p.Name).HasMaxLength(200);
            h.Property(p => p.MaskedId).HasMaxLength(32);
            h.Property(p => p.IdDigest).HasMaxLength(64);
            h.Property(p => p.CreditCode).HasMaxLength(18);
            h.Property(p => p.LegalRepresentative).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, Json), json => JsonSerializer.Deserialize<LegalRepresentative>(json, Json));
        });
        b.HasMany(c => c.Tasks).WithOne().HasForeignKey(t => t.CaseId);
        b.Navigation(c => c.Tasks).HasField("tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Defence in depth behind the row lock: a concluding update from a stale read fails instead of joining twice.
        b.Property<uint>("xmin").IsRowVersion();
    }
}
