using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class IntakeCaseConfiguration : IEntityTypeConfiguration<IntakeCase>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<IntakeCase> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.CaseNumber).HasMaxLength(40);
        b.HasIndex(c => c.CaseNumber).IsUnique();
        b.Property(c => c.MatterCode).HasMaxLength(36);
        b.Property(c => c.ImplementationCode).HasMaxLength(36);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.SubmittedAtDivision).HasMaxLength(12);
        b.Property(c => c.HandlingDivision).HasMaxLength(12);
        b.HasIndex(c => c.HandlingDivision);
        b.HasIndex(c => c.SubmittedAtDivision);
        b.ComplexProperty(c => c.Applicant, a =>
        {
            a.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(p => p.IdDigest).HasMaxLength(64);
            a.Property(p => p.LegalRepresentative).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, Json), json => JsonSerializer.Deserialize<LegalRepresentative>(json, Json));
        });
        b.OwnsOne(c => c.Agent);
        b.ComplexProperty(c => c.Limit);
        b.Property(c => c.RefusalReason).HasMaxLength(1000);
        b.Property(c => c.SupplementReason).HasMaxLength(1000);
        b.Property(c => c.CertificateIdentifier).HasMaxLength(100);
        b.Property(c => c.RevokedCertificateIdentifier).HasMaxLength(100);
        b.Property(c => c.CertificateRevocationReason).HasMaxLength(2000);
        b.Property(c => c.AcceptedAtWindow).HasMaxLength(80);
        b.Property(c => c.Bundle).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), json => JsonSerializer.Deserialize<BundleSummary>(json, Json));
        b.Property(c => c.HandOver).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), json => JsonSerializer.Deserialize<CertificateHandOver>(json, Json));
        b.Property(c => c.StatusCodeHash).HasMaxLength(64);
        b.HasIndex(c => new { c.Status, c.ReceivedAt });
        b.Property<uint>("xmin").IsRowVersion();
    }
}
