using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "supervision";

    public DbSet<SupervisedCase> Cases => Set<SupervisedCase>();

    public DbSet<Alarm> Alarms => Set<Alarm>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<RuleSet> RuleSets => Set<RuleSet>();

    public DbSet<SupervisionOrder> Orders => Set<SupervisionOrder>();

    public DbSet<DailyCount> DailyCounts => Set<DailyCount>();
    public DbSet<CaseDepartment> CaseDepartments => Set<CaseDepartment>();

    public DbSet<AssessmentRules> AssessmentRules => Set<AssessmentRules>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    protected override string Schema => SchemaName;

    /// <summary>Saves the unit of work and appends the queued <see cref="DailyCount"/> tallies as deltas (decision 0561).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queued = ChangeTracker.Entries<DailyCount>().Where(e => e.State == EntityState.Added).ToList();
        if (queued.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is null)
            throw new InvalidOperationException("Daily counters are added inside the unit of work's transaction.");
        foreach (var e in queued) e.State = EntityState.Detached; // a failed attempt is run again whole, queueing them anew
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await Persistence.DailyCounts.RecordAsync(this, queued.ConvertAll(e => e.Entity), cancellationToken);
        return saved + queued.Count;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseDepartmentConfiguration());
    }
}
