using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Catalog.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<CatalogDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", CatalogDbContext.SchemaName))
        .Options);
}
