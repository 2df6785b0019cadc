using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.VideoReview.Persistence;

public sealed class ReviewSessionConfiguration : IEntityTypeConfiguration<ReviewSession>
{
    public const string IdempotencyIndex = "ix_sessions_creator_idempotency_key";

    public void Configure(EntityTypeBuilder<ReviewSession> b)
    {
        b.ToTable("sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.CaseNumber).HasMaxLength(40);
        b.Property(s => s.Purpose).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Decision).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.CreatedBy).HasMaxLength(128);
        b.Property(s => s.CreatorName).HasMaxLength(100);
        b.Property(s => s.CreatorOrgUnitId).HasMaxLength(64);
        b.Property(s => s.Division).HasMaxLength(12);
        b.Property(s => s.IdempotencyKey).HasMaxLength(SessionLimits.IdempotencyKeyLength);
        b.Property(s => s.Minutes).HasMaxLength(SessionLimits.MinutesLength);
        b.Property(s => s.ConcludedBy).HasMaxLength(128);
        b.Property(s => s.RoomSecret).HasMaxLength(64);
        b.Property(s => s.RoomPin).HasMaxLength(16);
        b.Ignore(s => s.Room);
        b.HasIndex(s => s.Status);
        b.HasIndex(s => s.CaseId);
        b.HasIndex(s => new { s.Division, s.ScheduledAt });
        b.HasIndex(s => new { s.CreatedBy, s.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex)
            .HasFilter("\"IdempotencyKey\" IS NOT NULL");
        b.OwnsMany(s => s.Participants, p =>
        {
            p.ToTable("session_participants");
            p.WithOwner().HasForeignKey("SessionId");
            p.Property<int>("Id");
            p.HasKey("Id");
            p.Property(x => x.OrgUnitId).HasMaxLength(64);
            p.Property(x => x.DepartmentId).HasMaxLength(64);
            p.Property(x => x.Role).HasConversion<string>().HasMaxLength(24);
            p.Property(x => x.Subject).HasMaxLength(128);
            p.HasIndex(x => x.OrgUnitId);
            p.HasIndex(x => x.Subject);
        });
        b.OwnsMany(s => s.Votes, v =>
        {
            v.ToTable("session_votes");
            v.WithOwner().HasForeignKey("SessionId");
            v.Property<int>("Id");
            v.HasKey("Id");
            v.Property(x => x.OrgUnitId).HasMaxLength(64);
            v.Property(x => x.DepartmentId).HasMaxLength(64);
            v.Property(x => x.Choice).HasConversion<string>().HasMaxLength(24);
            v.PrimitiveCollection(x => x.Materials);
            v.Property(x => x.Remark).HasMaxLength(SessionLimits.RemarkLength);
        });
        b.Property<uint>("xmin").IsRowVersion();
    }
}
