using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Supervision.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SupervisionDbContext>
{
    public SupervisionDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SupervisionDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", SupervisionDbContext.SchemaName))
        .Options);
}
