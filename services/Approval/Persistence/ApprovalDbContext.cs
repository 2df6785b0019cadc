using Linkage.Approval.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Persistence;

public sealed class ApprovalDbContext(DbContextOptions<ApprovalDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "approval";

    public DbSet<ReviewCase> Cases => Set<ReviewCase>();

    public DbSet<ReviewTask> Tasks => Set<ReviewTask>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    /// <summary>Every review decision of the life cycle is audited: 64 chain lanes, so decisions on different cases do not
    /// queue for one chain lock held to their commits (0580, 0617). A department's decision takes its task's lane, so the
    /// departments of one case deciding side by side (0650) do not meet there either (0667); the other entries, the case's.</summary>
    public const int AuditLaneCount = 64;

    protected override string Schema => SchemaName;

    protected override int AuditLanes => AuditLaneCount;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalDbContext).Assembly);
    }
}
