using Linkage.Hall.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Hall.Persistence;

public sealed class CounterConfiguration : IEntityTypeConfiguration<TicketCounter>
{
    public void Configure(EntityTypeBuilder<TicketCounter> b)
    {
        b.ToTable("ticket_counters");
        b.HasKey(c => new { c.OrgUnitId, c.Day, c.AreaCode });
        b.Property(c => c.OrgUnitId).HasMaxLength(64);
        b.Property(c => c.AreaCode).HasMaxLength(HallLimits.AreaCodeLength);
    }
}
