using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "supervision";

    public DbSet<SupervisedCase> Cases => Set<SupervisedCase>();

    public DbSet<Alarm> Alarms => Set<Alarm>();

    public DbSet<RuleSet> RuleSets => Set<RuleSet>();

    public DbSet<SupervisionOrder> Orders => Set<SupervisionOrder>();

    public DbSet<DailyCount> DailyCounts => Set<DailyCount>();
    public DbSet<CaseDepartment> CaseDepartments => Set<CaseDepartment>();

    public DbSet<AssessmentRules> AssessmentRules => Set<AssessmentRules>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseDepartmentConfiguration());
    }
}
