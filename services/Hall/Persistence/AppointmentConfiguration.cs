using Linkage.Hall.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Hall.Persistence;

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<BookedAppointment>
{
    public void Configure(EntityTypeBuilder<BookedAppointment> b)
    {
        b.ToTable("appointments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.MatterCode).HasMaxLength(36);
        b.Property(a => a.OrgUnitId).HasMaxLength(64);
        b.Property(a => a.Division).HasMaxLength(12);
        b.Property(a => a.ApplicantIdDigest).HasMaxLength(64);
        b.Ignore(a => a.SlotBegins);
    }
}
