using Linkage.Hall.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Hall.Persistence;

public sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.ToTable("tickets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.OrgUnitId).HasMaxLength(64);
        b.Property(t => t.Division).HasMaxLength(12);
        b.Property(t => t.AreaCode).HasMaxLength(HallLimits.AreaCodeLength);
        b.Property(t => t.Number).HasMaxLength(16);
        b.Property(t => t.TakenBy).HasMaxLength(128);
        b.Property(t => t.WindowCode).HasMaxLength(HallLimits.WindowCodeLength);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(t => new { t.OrgUnitId, t.Day, t.AreaCode, t.Sequence }).IsUnique();
        b.HasIndex(t => t.AppointmentId).IsUnique(); // one ticket per appointment
        b.HasIndex(t => new { t.OrgUnitId, t.Day, t.Status, t.AreaCode }); // the call's queue scan
        b.HasIndex(t => new { t.OrgUnitId, t.WindowCode, t.Status }); // a window's current ticket
    }
}
