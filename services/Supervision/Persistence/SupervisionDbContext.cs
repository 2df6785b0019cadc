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

    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<CaseDepartment> CaseDepartments => Set<CaseDepartment>();

    public DbSet<AssessmentRules> AssessmentRules => Set<AssessmentRules>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<InvestmentProject> InvestmentProjects => Set<InvestmentProject>();

    protected override string Schema => SchemaName;

    /// <summary>Saves the unit of work with the queued <see cref="DailyCount"/> tallies as delta rows in its own batch
    /// (decisions 0561, 0604): in the caller's transaction, or in the one implicit transaction of an inbox batch (0594).
    /// With a row of its own to insert or delete the save sends a command EF does not skip, and the deltas go with it as
    /// one statement (<see cref="CountDeltaRows"/>, decision 0774); otherwise they are its rows, through the tracker.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queued = DetectOnce.Undetected(this, () => ChangeTracker.Entries<DailyCount>().Where(e => e.State == EntityState.Added).ToList()); // added: no detection changes that
        if (queued.Count == 0) return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var e in queued) e.State = EntityState.Detached; // a failed attempt is run again whole, queueing them anew
        if (StatementsWithSave.HasInsertOrDelete(this))
            SendWithSave(CountDeltaRows.Insert([.. queued.Select(e => e.Entity)]));
        else
            foreach (var e in queued) Add(CountDelta.Of(e.Entity));
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseDepartmentConfiguration());
    }
}
