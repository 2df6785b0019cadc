using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Infrastructure;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "msgtest";

    protected override string Schema => SchemaName;

    public DbSet<Widget> Widgets => Set<Widget>();

    public DbSet<Applied> Applied => Set<Applied>();

    public DbSet<Holder> Holders => Set<Holder>();

    public DbSet<Tally> Tallies => Set<Tally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Widget>(b =>
        {
            b.ToTable("widgets");
            b.HasKey(w => w.Id);
            b.HasIndex(w => w.Name).IsUnique();
        });
        modelBuilder.Entity<Applied>(b =>
        {
            b.ToTable("applied");
            b.HasKey(a => a.Id);
        });
        modelBuilder.Entity<Holder>(b =>
        {
            b.ToTable("holders");
            b.HasKey(h => h.Id);
            b.Property(h => h.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<Tally>(b =>
        {
            b.ToTable("tallies");
            b.HasKey(t => t.Name);
            b.Property<uint>("xmin").IsRowVersion();
        });
    }
}

/// <summary>State a test writes next to its outbox rows.</summary>
public sealed class Widget
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; init; }
}

/// <summary>One row per application of a message by a handler: duplicates would show as extra rows.</summary>
public sealed class Applied
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Key { get; init; }

    public required string Handler { get; init; }
}

/// <summary>A row with a bounded column, like approval's case holder (varchar(200)).</summary>
public sealed class Holder
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; init; }
}

/// <summary>A row several messages update, versioned by xmin like intake's case (decision 0618).</summary>
public sealed class Tally
{
    public required string Name { get; init; }

    public int Total { get; set; }

    public int Moves { get; set; }
}
