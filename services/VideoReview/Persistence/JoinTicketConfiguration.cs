using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.VideoReview.Persistence;

public sealed class JoinTicketConfiguration : IEntityTypeConfiguration<JoinTicket>
{
    public void Configure(EntityTypeBuilder<JoinTicket> b)
    {
        b.ToTable("session_tickets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasOne<ReviewSession>().WithMany().HasForeignKey(t => t.SessionId);
        b.Property(t => t.Subject).HasMaxLength(128);
        b.Property(t => t.DisplayName).HasMaxLength(100);
        b.Property(t => t.Role).HasConversion<string>().HasMaxLength(24);
        b.Property(t => t.Token).HasMaxLength(64);
        b.Property(t => t.Revocation).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(t => t.Token).IsUnique();
        b.HasIndex(t => new { t.SessionId, t.Subject });
        b.HasIndex(t => t.ExpiresAt).HasFilter("\"RevokedAt\" IS NULL");
        b.Property<uint>("xmin").IsRowVersion();
    }
}
