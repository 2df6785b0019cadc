using Linkage.Hall.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Persistence;

public sealed class HallDbContext(DbContextOptions<HallDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "hall";

    public DbSet<ServiceArea> Areas => Set<ServiceArea>();

    public DbSet<HallWindow> Windows => Set<HallWindow>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketCounter> Counters => Set<TicketCounter>();

    public DbSet<BookedAppointment> Appointments => Set<BookedAppointment>();

    protected override string Schema => SchemaName;

    /// <summary>Every call at every window is audited: eight chain lanes, so the windows do not queue for one chain lock (0580).</summary>
    protected override int AuditLanes => 8;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HallDbContext).Assembly);
    }
}
