using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.VideoReview.Persistence;

public sealed class SessionRecordingConfiguration : IEntityTypeConfiguration<SessionRecording>
{
    public void Configure(EntityTypeBuilder<SessionRecording> b)
    {
        b.ToTable("session_recordings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<ReviewSession>().WithMany().HasForeignKey(r => r.SessionId);
        b.Property(r => r.Track).HasMaxLength(8);
        b.Property(r => r.FileName).HasMaxLength(200);
        b.Property(r => r.ContentType).HasMaxLength(40);
        b.Property(r => r.Sha256).HasMaxLength(64);
        b.Ignore(r => r.HasMedia);
        b.HasIndex(r => r.SessionId);
        b.HasIndex(r => r.RetainUntil).HasFilter("\"MediaDeletedAt\" IS NULL");
    }
}
