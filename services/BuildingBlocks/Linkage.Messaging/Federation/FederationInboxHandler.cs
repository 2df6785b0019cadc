namespace Linkage.Messaging;

/// <summary>A federation handler applied once per CloudEvent id (same inbox transaction as
/// <see cref="InboxConsumer{TMessage, TContext}"/>).</summary>
public abstract class FederationInboxHandler<TPayload, TContext>(TContext db) : IFederationHandler<TPayload>
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    public Task HandleAsync(FederationEvent envelope, TPayload payload, CancellationToken ct) =>
        InboxTransaction.RunOnceAsync(db, InboxIds.For(envelope), GetType().FullName!, t => Handle(envelope, payload, t), ct);

    protected abstract Task Handle(FederationEvent envelope, TPayload payload, CancellationToken ct);
}
