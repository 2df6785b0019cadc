using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Fees.Persistence;

public sealed class OnlineOrderConfiguration : IEntityTypeConfiguration<OnlineOrder>
{
    public void Configure(EntityTypeBuilder<OnlineOrder> b)
    {
        b.ToTable("online_orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.OrderNumber).HasMaxLength(FeeLimits.ReferenceLength);
        b.Property(o => o.StartedBy).HasMaxLength(128);
        b.HasIndex(o => o.OrderNumber).IsUnique();
        b.HasIndex(o => o.CaseId);
    }
}
