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

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApprovalDbContext).Assembly);
    }
}
