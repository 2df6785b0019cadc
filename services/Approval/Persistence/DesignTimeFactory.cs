using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Approval.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ApprovalDbContext>
{
    public ApprovalDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ApprovalDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", ApprovalDbContext.SchemaName))
        .Options);
}
