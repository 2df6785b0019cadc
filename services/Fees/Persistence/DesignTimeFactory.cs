using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Fees.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FeesDbContext>
{
    public FeesDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<FeesDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", FeesDbContext.SchemaName))
        .Options);
}
