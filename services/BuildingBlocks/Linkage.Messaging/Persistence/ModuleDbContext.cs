using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Base of every module's DbContext: the module's schema, its outbox and inbox, and the two ways to
/// queue a message in the caller's unit of work (saved by the caller's <c>SaveChangesAsync</c>). Once the rows are
/// committed the module's dispatcher is woken: by <c>SaveChangesAsync</c> outside a transaction, or by
/// <see cref="WakeOnCommit"/> when an explicit transaction commits.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    private bool outboxPending;
    private PendingInbox? pendingInbox;

    /// <summary>The module's PostgreSQL schema, e.g. <c>intake</c>.</summary>
    protected abstract string Schema { get; }

    internal string ModuleSchema => Schema;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>How many chains this module's audit entries are spread over (docs/decisions/0580). One: a single chain
    /// named after the schema. More: lanes <c>schema.0</c>…, a target's entries always in the same lane, so writers of
    /// different targets do not queue behind one chain lock held until their commits.</summary>
    protected virtual int AuditLanes => 1;

    /// <summary>This module's chains in the shared audit trail (with lanes, also its chain of before them).</summary>
    public IReadOnlyList<string> AuditChains => AuditLane.All(Schema, AuditLanes);

    /// <summary>Records who did what to which target in the shared audit trail (chain = this module's schema, or the
    /// target's lane), saved with the caller's unit of work: no entry for a change that rolled back, no change without
    /// its entry. The lane is the target's unless <paramref name="laneKey"/> names what else picks it: units of one target
    /// that run side by side and would otherwise queue on its lane to their commits (decision 0667).</summary>
    public void Audit(AuditActor actor, string action, string targetType, string targetId, object? detail = null, string? laneKey = null) =>
        AuditRecords.Add(AuditEntries.Create(AuditLane.Of(Schema, AuditLanes, laneKey ?? targetId), actor, action, targetType, targetId, detail));

    /// <summary>Queues an integration event (published with MassTransit after commit, MessageId = row id).
    /// Events of one <paramref name="aggregateId"/> are published in the order they were queued.</summary>
    public void Publish<T>(T message, string aggregateId) where T : class
    {
        OutboxMessages.Add(OutboxRows.Integration(message, aggregateId));
        outboxPending = true;
    }

    /// <summary>Queues a federation CloudEvent of type <see cref="FederationRoute.Type"/> (also the topic),
    /// ordered per <see cref="FederationRoute.Subject"/>.</summary>
    public void PublishFederated<T>(T payload, FederationRoute route) where T : class
    {
        OutboxMessages.Add(OutboxRows.Federation(payload, route));
        outboxPending = true;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Database.AutoSavepointsEnabled = false; // a failed unit of work is retried whole, never resumed mid-transaction
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is null) WakeDispatcher();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Database.AutoSavepointsEnabled = false;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (Database.CurrentTransaction is null) WakeDispatcher();
        return saved;
    }

    /// <summary>Pooled contexts get <see cref="ModuleContextOptions"/> where their options are built; pooling forbids
    /// changing them here.</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => ModuleContextOptions.AddMissing(optionsBuilder);

    /// <summary>The inbox row <see cref="InboxFirstStatement"/> sends with the next command (decision 0654); null clears it.</summary>
    internal void ExpectInbox(Guid? messageId, string consumer) =>
        pendingInbox = messageId is { } id ? new PendingInbox(id, consumer, OutboxSql.InsertInboxRow(Schema)) : null;

    internal PendingInbox? TakePendingInbox()
    {
        var pending = pendingInbox;
        pendingInbox = null;
        return pending;
    }

    internal void WakeDispatcher()
    {
        if (!outboxPending) return;
        outboxPending = false;
        OutboxWakeUps.Wake(Schema);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
    }
}
