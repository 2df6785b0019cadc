using Linkage.Intake.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Persistence;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "intake";
    public const string CaseNumberSequence = "case_number_seq";

    public DbSet<IntakeCase> Cases => Set<IntakeCase>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<CreditFlag> CreditFlags => Set<CreditFlag>();

    public DbSet<CreditFlagChange> CreditFlagChanges => Set<CreditFlagChange>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<ProxyLedgerEntry> ProxyLedger => Set<ProxyLedgerEntry>();

    public DbSet<MaterialFile> MaterialFiles => Set<MaterialFile>();

    public DbSet<MaterialBlob> MaterialBlobs => Set<MaterialBlob>();

    public DbSet<CaseDepartment> CaseDepartments => Set<CaseDepartment>();

    public DbSet<ClerkWindow> ClerkWindows => Set<ClerkWindow>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(CaseNumberSequence).StartsAt(1).IncrementsBy(1);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntakeDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new CaseDepartmentConfiguration());
    }

    /// <summary>The case number sequence's next <paramref name="count"/> values, in one round trip, lowest first: no hot
    /// counter row, gaps are allowed (decision 0727).</summary>
    public async Task<IReadOnlyList<long>> DrawCaseSequenceAsync(int count, CancellationToken ct) =>
        (await Database.SqlQueryRaw<long>(
            $"SELECT nextval('{SchemaName}.{CaseNumberSequence}') AS \"Value\" FROM generate_series(1, {{0}})", count)
            .ToListAsync(ct)).Order().ToList();
}
