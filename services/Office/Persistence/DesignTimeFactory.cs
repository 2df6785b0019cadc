using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Office.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OfficeDbContext>
{
    public OfficeDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OfficeDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", OfficeDbContext.SchemaName))
        .Options);
}
