using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Persistence;

public sealed class VideoReviewDbContext(DbContextOptions<VideoReviewDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "videoreview";

    public DbSet<ReviewableCase> Cases => Set<ReviewableCase>();

    public DbSet<ReviewSession> Sessions => Set<ReviewSession>();

    public DbSet<JoinTicket> Tickets => Set<JoinTicket>();

    public DbSet<CasePlan> Plans => Set<CasePlan>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VideoReviewDbContext).Assembly);
    }
}
