using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Recording;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Persistence;

public sealed class VideoReviewDbContext(DbContextOptions<VideoReviewDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "videoreview";

    public DbSet<ReviewableCase> Cases => Set<ReviewableCase>();

    public DbSet<ReviewSession> Sessions => Set<ReviewSession>();

    public DbSet<JoinTicket> Tickets => Set<JoinTicket>();

    public DbSet<CasePlan> Plans => Set<CasePlan>();

    public DbSet<SessionRecording> Recordings => Set<SessionRecording>();

    public DbSet<RecordingBlob> RecordingBlobs => Set<RecordingBlob>();

    protected override string Schema => SchemaName;

    /// <summary>Every join is audited: eight chain lanes, so joins to different sessions do not queue for one chain lock (0580).</summary>
    protected override int AuditLanes => 8;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VideoReviewDbContext).Assembly);
    }
}
