using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<RatingInvitation>
{
    public void Configure(EntityTypeBuilder<RatingInvitation> b)
    {
        b.ToTable("invitations");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Token).HasMaxLength(RatingLimits.TokenLength);
        b.Property(i => i.ApplicantIdDigest).HasMaxLength(64);
        b.Property(i => i.IssuedBy).HasMaxLength(128);
        b.HasIndex(i => new { i.CaseId, i.Channel }).IsUnique(); // one invitation per case and channel
        b.HasIndex(i => i.Token).IsUnique();
        b.HasIndex(i => new { i.ApplicantIdDigest, i.IssuedAt });
        b.Property<uint>("xmin").IsRowVersion();
    }
}
