using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Persistence;

public sealed class VideoReviewDbContext(DbContextOptions<VideoReviewDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "videoreview";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VideoReviewDbContext).Assembly);
    }
}
