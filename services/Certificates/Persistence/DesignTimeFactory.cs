using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.Certificates.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CertificatesDbContext>
{
    public CertificatesDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<CertificatesDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", CertificatesDbContext.SchemaName))
        .Options);
}
