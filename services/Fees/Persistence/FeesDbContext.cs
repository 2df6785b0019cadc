using Linkage.Fees.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Persistence;

public sealed class FeesDbContext(DbContextOptions<FeesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "fees";

    public DbSet<FeeAssessment> Assessments => Set<FeeAssessment>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<Reconciliation> Reconciliations => Set<Reconciliation>();

    public DbSet<OnlineOrder> OnlineOrders => Set<OnlineOrder>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FeesDbContext).Assembly);
    }
}
