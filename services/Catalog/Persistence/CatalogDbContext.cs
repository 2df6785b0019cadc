using Linkage.Catalog.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Persistence;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "catalog";

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<Implementation> Implementations => Set<Implementation>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<Bundle> Bundles => Set<Bundle>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
    }
}
