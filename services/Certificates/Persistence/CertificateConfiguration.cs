using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Certificates.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Certificates.Persistence;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("certificates");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Identifier).HasMaxLength(120);
        b.HasIndex(c => c.Identifier).IsUnique();
        b.Property(c => c.TypeCode).HasMaxLength(21);
        b.Property(c => c.TypeName).HasMaxLength(200);
        b.Property(c => c.Number).HasMaxLength(40);
        b.Property(c => c.IssuerCreditCode).HasMaxLength(18);
        // A serial names one licence; its re-issues share it with a higher version.
        b.HasIndex(c => new { c.IssuerCreditCode, c.Serial, c.Version }).IsUnique();
        b.Property(c => c.MatterCode).HasMaxLength(36);
        b.Property(c => c.MatterName).HasMaxLength(200);
        b.Property(c => c.CaseNumber).HasMaxLength(40);
        b.Property(c => c.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(c => c.HandlingDivision).HasMaxLength(12);
        b.HasIndex(c => c.HandlingDivision);
        // One licence of a type per case and version: a redelivered CaseApproved cannot issue twice.
        b.HasIndex(c => new { c.CaseId, c.TypeCode, c.Version }).IsUnique();
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.PredecessorIdentifier).HasMaxLength(120);
        b.Property(c => c.HolderCreditCode).HasMaxLength(18);
        b.Property(c => c.KeyId).HasMaxLength(120);
        b.Property(c => c.RevocationReason).HasMaxLength(2000);
        b.Property(c => c.RevokedBy).HasMaxLength(128);
        b.Property(c => c.ReissueReason).HasMaxLength(2000);
        b.Property(c => c.SubmittedAtOrgUnitId).HasMaxLength(64);
        b.Property(c => c.StationDivision).HasMaxLength(12);
        b.Ignore(c => c.IsCurrent);
        b.Property(c => c.Legs).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<List<LicenceLeg>>(v, Json) ?? new List<LicenceLeg>(),
            new ValueComparer<IReadOnlyList<LicenceLeg>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        b.HasOne<Certificate>().WithMany().HasForeignKey(c => c.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.ComplexProperty(c => c.Holder, h =>
        {
            h.Property(p => p.Name).HasMaxLength(200);
            h.Property(p => p.MaskedId).HasMaxLength(32);
            h.Property(p => p.IdDigest).HasMaxLength(64);
            h.Property(p => p.LegalRepresentative).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, Json), json => JsonSerializer.Deserialize<LegalRepresentative>(json, Json));
        });
    }
}
