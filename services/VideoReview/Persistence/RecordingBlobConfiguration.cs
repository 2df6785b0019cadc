using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Recording;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.VideoReview.Persistence;

public sealed class RecordingBlobConfiguration : IEntityTypeConfiguration<RecordingBlob>
{
    public void Configure(EntityTypeBuilder<RecordingBlob> b)
    {
        b.ToTable("recording_media");
        b.HasKey(r => r.RecordingId);
        b.HasOne<SessionRecording>().WithOne().HasForeignKey<RecordingBlob>(r => r.RecordingId);
    }
}
