using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Persistence;

public sealed class RatingsDbContext(DbContextOptions<RatingsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "ratings";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RatingsDbContext).Assembly);
    }
}
