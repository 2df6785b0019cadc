using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Fees.Persistence;

/// <summary>The last receipt serial of a unit in a year; written only by <see cref="ReceiptNumbers"/>.</summary>
public sealed class ReceiptCounter
{
    public string OrgUnitId { get; private set; } = "";
    public int Year { get; private set; }
    public long Last { get; private set; }
}

public sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> b)
    {
        b.ToTable("receipt_counters");
        b.HasKey(c => new { c.OrgUnitId, c.Year });
        b.Property(c => c.OrgUnitId).HasMaxLength(64);
    }
}
