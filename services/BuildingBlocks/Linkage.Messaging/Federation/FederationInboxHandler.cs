using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>A federation handler applied once per CloudEvent id (same inbox transaction as
/// <see cref="InboxConsumer{TMessage, TContext}"/>) and, unless <see cref="Ordered"/> is false, in the order of the
/// sender's <c>sequence</c> per subject (<see cref="FederationSequenceGuard"/>).</summary>
public abstract class FederationInboxHandler<TPayload, TContext>(TContext db) : IFederationHandler<TPayload>, IFederationBatchHandler<TPayload>
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    /// <summary>False for events that carry their whole state and may be applied in any order.</summary>
    protected virtual bool Ordered => true;

    /// <summary>Set where <see cref="Handle"/> reads without locks and writes only through the change tracker (no raw
    /// SQL): the inbox row, the sequence row and the handler's changes then go as one batch, one implicit transaction,
    /// without BEGIN, COMMIT and the inbox and sequence inserts' round trips (<see cref="InboxBatch"/>, decision 0611).</summary>
    protected virtual bool AppliesInOneBatch => false;

    /// <summary>A handler that applies in one batch also applies several deliveries in one (decision 0629).</summary>
    bool IFederationBatchHandler<TPayload>.AppliesInBatches => AppliesInOneBatch;

    async Task<bool[]> IFederationBatchHandler<TPayload>.HandleBatchAsync(
        IReadOnlyList<FederationEvent> envelopes, IReadOnlyList<TPayload> payloads, DateTimeOffset? hold, CancellationToken ct)
    {
        var settled = await FederationInboxBatch.RunOnceAsync(db, envelopes, GetType().FullName!, Ordered,
            (applying, t) => Prepare([.. applying.Select(i => payloads[i])], t), (i, t) => Handle(envelopes[i], payloads[i], t), RoundWrites, hold, ct);
        Committed();
        return settled;
    }

    public async Task HandleAsync(FederationEvent envelope, TPayload payload, CancellationToken ct)
    {
        var id = InboxIds.For(envelope);
        var consumer = GetType().FullName!;
        if (AppliesInOneBatch) await InOneBatchAsync(envelope, payload, id, consumer, ct);
        else
            await InboxTransaction.RunOnceAsync(db, id, consumer, async t =>
            {
                if (Ordered) await FederationSequenceGuard.ClaimAsync(db, envelope, t);
                await Handle(envelope, payload, t);
            }, ct);
        Committed();
    }

    private async Task InOneBatchAsync(FederationEvent envelope, TPayload payload, Guid id, string consumer, CancellationToken ct)
    {
        try
        {
            await InboxBatch.RunOnceAsync(db, id, consumer, async t =>
            {
                if (Ordered) await FederationSequenceGuard.TrackAsync(db, envelope, t);
                await Handle(envelope, payload, t);
            }, ct);
        }
        catch (DbUpdateException) when (Ordered)
        {
            // Not this event's own inbox row (InboxBatch looked): the sequence row's key, if n was applied under another id.
            if (await FederationSequenceGuard.ReplayedAsync(db, envelope, ct)) throw FederationSequenceGuard.Replay(envelope, envelope.Sequence!.Value);
            throw;
        }
    }

    protected abstract Task Handle(FederationEvent envelope, TPayload payload, CancellationToken ct);

    /// <summary>In a batch (decision 0648), before <see cref="Handle"/> runs for each of <paramref name="payloads"/>:
    /// the place to read in one statement the rows each event's <see cref="Handle"/> would read on its own, into the
    /// change tracker, where <see cref="Handle"/> then finds them. Not called for an event applied alone.</summary>
    protected virtual Task Prepare(IReadOnlyList<TPayload> payloads, CancellationToken ct) => Task.CompletedTask;

    /// <summary>In a batch: rows the round's <see cref="Handle"/> built without the change tracker, written in the
    /// round's transaction after its inbox rows and before its save (decision 0791).</summary>
    protected virtual IRoundWrites? RoundWrites => null;

    /// <summary>After the inbox transaction has committed (or found the event already applied): the place to drop
    /// in-process caches, which a reader could otherwise refill from the rows not yet committed.</summary>
    protected virtual void Committed() { }
}
