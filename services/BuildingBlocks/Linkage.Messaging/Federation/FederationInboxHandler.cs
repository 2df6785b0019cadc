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

    public Task HandleAsync(FederationEvent envelope, TPayload payload, CancellationToken ct)
    {
        return InboxTransaction.RunOnceAsync(db, InboxIds.For(envelope), GetType().FullName!, async t =>
        {
            if (Ordered) await FederationSequenceGuard.ClaimAsync(db, envelope, t);
            await Handle(envelope, payload, t);
        }, ct);
    }

    protected abstract Task Handle(FederationEvent envelope, TPayload payload, CancellationToken ct);
}
