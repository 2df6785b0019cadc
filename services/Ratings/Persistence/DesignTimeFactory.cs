using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Ratings.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RatingsDbContext>
{
    public RatingsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RatingsDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", RatingsDbContext.SchemaName))
        .Options);
}
