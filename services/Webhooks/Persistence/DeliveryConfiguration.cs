using Linkage.Webhooks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Webhooks.Persistence;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.ToTable("deliveries");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).UseIdentityByDefaultColumn(); // the order of sending per subscription
        b.Property(d => d.EventType).HasMaxLength(WebhookLimits.EventTypeLength);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(WebhookLimits.ErrorLength);
        b.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique(); // an event once per subscription
        b.HasIndex(d => new { d.Status, d.DueAt }); // the sender's scan
        b.HasIndex(d => new { d.SubscriptionId, d.Status, d.Id });
    }
}
