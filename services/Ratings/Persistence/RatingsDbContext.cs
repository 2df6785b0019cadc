using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Persistence;

public sealed class RatingsDbContext(DbContextOptions<RatingsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "ratings";

    public DbSet<RateableCase> Cases => Set<RateableCase>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<Rectification> Rectifications => Set<Rectification>();

    public DbSet<RatingInvitation> Invitations => Set<RatingInvitation>();

    public DbSet<IndicatorSet> IndicatorSets => Set<IndicatorSet>();

    public DbSet<RegionDeadline> RegionDeadlines => Set<RegionDeadline>();

    public DbSet<RectificationStep> Steps => Set<RectificationStep>();

    public DbSet<FigureExclusion> Exclusions => Set<FigureExclusion>();

    protected override string Schema => SchemaName;

    /// <summary><c>ratings.reference_stamp()</c> inside a query (Features/Shared/ReferenceStamp, decision 0638).</summary>
    public static string ReferenceStamp() => throw new NotSupportedException("Only inside a query.");

    /// <summary>Every rating is audited: 64 chain lanes (8 before), so ratings of different cases do not queue for one chain
    /// lock held to their commits (0580, 0617; the waits counted in docs/performance.md).</summary>
    protected override int AuditLanes => 64;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RatingsDbContext).Assembly);
        modelBuilder.HasDbFunction(() => ReferenceStamp()).HasName("reference_stamp").HasSchema(SchemaName);
    }
}
