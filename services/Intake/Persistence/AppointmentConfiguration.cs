using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> b)
    {
        b.ToTable("appointments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).HasColumnName("id");
        b.Property(a => a.MatterCode).HasColumnName("matter_code").HasMaxLength(36);
        b.Property(a => a.OrgUnitId).HasColumnName("org_unit_id").HasMaxLength(64);
        b.Property(a => a.Division).HasColumnName("division").HasMaxLength(12);
        b.Property(a => a.Date).HasColumnName("date");
        b.Property(a => a.Start).HasColumnName("start");
        b.Property(a => a.ApplicantDigest).HasColumnName("applicant_digest").HasMaxLength(64);
        b.Property(a => a.ApplicantName).HasColumnName("applicant_name").HasMaxLength(200);
        b.Property(a => a.BookedBy).HasColumnName("booked_by").HasMaxLength(200);
        b.Property(a => a.BookedAt).HasColumnName("booked_at");
        b.HasIndex(a => new { a.OrgUnitId, a.Date, a.Start }).IsUnique(); // one window slot, one applicant
        b.HasIndex(a => a.Division);
    }
}
