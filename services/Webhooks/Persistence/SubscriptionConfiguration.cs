using Linkage.Webhooks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Webhooks.Persistence;

public sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> b)
    {
        b.ToTable("subscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Owner).HasMaxLength(WebhookLimits.SubjectLength);
        b.Property(s => s.Division).HasMaxLength(12);
        b.Property(s => s.SubtreePrefix).HasMaxLength(12);
        b.Property(s => s.Url).HasMaxLength(WebhookLimits.UrlLength);
        b.Property(s => s.Secret).HasMaxLength(WebhookLimits.SecretMax);
        b.Property<uint>("xmin").IsRowVersion();
        b.HasIndex(s => s.Owner);
        b.HasMany<Delivery>().WithOne().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
