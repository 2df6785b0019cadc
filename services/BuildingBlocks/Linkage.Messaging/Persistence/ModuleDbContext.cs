using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Base of every module's DbContext: the module's schema, its outbox and inbox, and the two ways to
/// queue a message in the caller's unit of work (saved by the caller's <c>SaveChangesAsync</c>). Once the rows are
/// committed the module's dispatcher is woken: by <c>SaveChangesAsync</c> outside a transaction, or by
/// <see cref="ModuleTransactions"/> when an explicit transaction commits.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    private bool outboxPending;
    private PendingInbox? pendingInbox;
    private readonly List<IStatementWithSave> withSave = [];
    private DbTransaction? withSaveSentIn;

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

    /// <summary>Queues a statement sent last in the next save's batch (<see cref="StatementsWithSave"/>, decision 0754),
    /// its arguments sent as parameters; a save that fails or is never made drops it with the rest of its changes, unless
    /// it was saved with <c>acceptAllChangesOnSuccess: false</c> (kept for its next attempt, decision 0790).</summary>
    public void SendWithSave(FormattableString statement) => withSave.Add(new FormattedWithSave(statement));

    /// <summary>Queues a statement that binds its own parameters, sent as <see cref="SendWithSave(FormattableString)"/> is.</summary>
    public void SendWithSave(IStatementWithSave statement) => withSave.Add(statement);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Database.AutoSavepointsEnabled = false; // a failed unit of work is retried whole, never resumed mid-transaction
        try
        {
            CheckStatementsWithSave();
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (Database.CurrentTransaction is null) WakeDispatcher();
            return count;
        }
        finally
        {
            AfterSave(acceptAllChangesOnSuccess);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Database.AutoSavepointsEnabled = false;
        try
        {
            CheckStatementsWithSave();
            var count = base.SaveChanges(acceptAllChangesOnSuccess);
            if (Database.CurrentTransaction is null) WakeDispatcher();
            return count;
        }
        finally
        {
            AfterSave(acceptAllChangesOnSuccess);
        }
    }

    /// <summary>Accepts what a save made with <c>acceptAllChangesOnSuccess: false</c> wrote, once its transaction
    /// committed, and drops what that save kept for a retry (see <see cref="AfterSave"/>).</summary>
    public void AcceptSaved()
    {
        ChangeTracker.AcceptAllChanges();
        DropStatementsWithSave();
    }

    /// <summary>Ends a unit of work whose last save, made with <c>acceptAllChangesOnSuccess: false</c>, committed or
    /// failed: drops what that save kept for a retry, and leaves its changes unaccepted (decision 0834). EF's accept
    /// copies every saved entity's values into its snapshot; nothing reads them after the unit's last save, as the
    /// next attempt clears the tracker and the pool resets the context.</summary>
    public void ForgetSaved()
    {
        DropStatementsWithSave();
    }

    /// <summary>A pooled context goes back to its pool without what a request queued and never saved.</summary>
    public override void Dispose()
    {
        DropStatementsWithSave();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        DropStatementsWithSave();
        return base.DisposeAsync();
    }

    /// <summary>Statements queued with <see cref="SendWithSave"/> that no save sent yet.</summary>
    internal bool HasStatementsWithSave => withSave.Count > 0;

    /// <summary>A save drops its statements when it returns: a failed one's caller runs the unit of work again whole. A
    /// save whose changes the caller accepts later (<c>acceptAllChangesOnSuccess: false</c>, to save them again if the
    /// commit fails) keeps them, failed or not, so its next attempt sends them again, until <see cref="AcceptSaved"/>
    /// (decision 0790).</summary>
    private void AfterSave(bool accepted)
    {
        if (accepted) DropStatementsWithSave();
        else withSaveSentIn = null;
    }

    /// <summary>A transaction began on the context's connection: the statements go in its first batch, even when it is
    /// the transaction object of the last attempt handed back (Npgsql keeps one per connection).</summary>
    internal void TransactionBegan() => withSaveSentIn = null;

    /// <summary>Drops the statements queued for a save that will not be made.</summary>
    private void DropStatementsWithSave()
    {
        withSave.Clear();
        withSaveSentIn = null;
    }

    /// <summary>The statements a save's batch sends: each attempt's one batch without a transaction, or the first
    /// batch in each transaction (a retried save's attempt opens a new one).</summary>
    internal IReadOnlyList<IStatementWithSave> StatementsFor(DbTransaction? transaction)
    {
        if (withSave.Count == 0 || (transaction is not null && ReferenceEquals(transaction, withSaveSentIn))) return [];
        withSaveSentIn = transaction;
        return withSave;
    }

    private void CheckStatementsWithSave()
    {
        if (withSave.Count > 0 && !StatementsWithSave.HasInsertOrDelete(this) && !ChangeTracker.HasChanges())
            throw new InvalidOperationException("Statements sent with a save need a save with changes of its own.");
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

    /// <summary>Every row queued is held (decision 0744): the commit wakes nobody, as a claim would find nothing due.</summary>
    internal void NothingDue() => outboxPending = false;

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
