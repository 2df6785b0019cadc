using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkage.VideoReview.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<VideoReviewDbContext>
{
    public VideoReviewDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<VideoReviewDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", VideoReviewDbContext.SchemaName))
        .Options);
}
