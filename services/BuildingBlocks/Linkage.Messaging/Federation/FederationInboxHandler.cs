namespace Linkage.Messaging;

/// <summary>A federation handler applied once per CloudEvent id (same inbox transaction as
/// <see cref="InboxConsumer{TMessage, TContext}"/>) and, unless <see cref="Ordered"/> is false, in the order of the
/// sender's <c>sequence</c> per subject (<see cref="FederationSequenceGuard"/>).</summary>
public abstract class FederationInboxHandler<TPayload, TContext>(TContext db) : IFederationHandler<TPayload>
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    /// <summary>False for events that carry their whole state and may be applied in any order.</summary>
    protected virtual bool Ordered => true;

    public async Task HandleAsync(FederationEvent envelope, TPayload payload, CancellationToken ct)
    {
        await InboxTransaction.RunOnceAsync(db, InboxIds.For(envelope), GetType().FullName!, async t =>
        {
            if (Ordered) await FederationSequenceGuard.ClaimAsync(db, envelope, t);
            await Handle(envelope, payload, t);
        }, ct);
        Committed();
    }

    protected abstract Task Handle(FederationEvent envelope, TPayload payload, CancellationToken ct);

    /// <summary>After the inbox transaction has committed (or found the event already applied): the place to drop
    /// in-process caches, which a reader could otherwise refill from the rows not yet committed.</summary>
    protected virtual void Committed() { }
}
