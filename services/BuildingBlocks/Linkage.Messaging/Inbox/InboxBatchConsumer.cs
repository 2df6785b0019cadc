using System.Diagnostics;
using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>A consumer that applies the deliveries waiting on its queue together (MassTransit's <see cref="Batch{T}"/>,
/// limits in <see cref="InboxBatchLimits"/>; decision 0662), once per MessageId as <see cref="InboxConsumer{TMessage,TContext}"/>
/// does: one <see cref="InboxRound"/> for the batch, i.e. <see cref="Prepare"/>'s reads for all of it, each message's
/// <see cref="Handle"/>, then one insert of every inbox row and one save, one commit. A redelivered message whose row
/// is there is skipped (one read, only when the broker says a delivery is redelivered). When the round fails (another
/// repeat on the key, a bad message, a failing save), nothing of it is written and the messages go one by one on the
/// path of a plain consumer (<see cref="InboxDelivery"/>): each applied or found applied is acknowledged, and only one
/// that fails on its own is failed, retried and moved to <c>_error</c> as today. For handlers that read without locks and
/// write through the change tracker only, as <see cref="InboxConsumer{TMessage,TContext}.AppliesInOneBatch"/> asks.</summary>
public abstract class InboxBatchConsumer<TMessage, TContext>(TContext db) : IConsumer<Batch<TMessage>>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var consumer = GetType().FullName!;
        var pending = context.Message.Where(m => !m.ReceiveContext.IsDelivered).ToList(); // a batch retried keeps those settled alone
        foreach (var aside in pending.Where(m => !Concerns(m.Message)).ToList())
        {
            pending.Remove(aside);
            await aside.NotifyConsumed(aside, TimeSpan.Zero, consumer);
        }
        var together = pending.Where(m => !AppliesAlone(m.Message)).ToList();
        var caseTurns = CaseTurns.Of(context);
        var (turns, busy) = caseTurns.TakeFree(db.ModuleSchema, together.Select(m => TurnOf(m.Message)).OfType<Guid>());
        var later = together.Where(m => TurnOf(m.Message) is { } caseId && busy.Contains(caseId)).ToList();
        together = [.. together.Except(later)];
        using (turns)
            if (together.Count > 1 && await TogetherAsync(together, consumer, context.CancellationToken)) together = [];
        await OneByOneAsync([.. together, .. later, .. pending.Where(m => AppliesAlone(m.Message))], consumer, caseTurns);
    }

    /// <summary>The case whose other deliveries to this module this one takes turns with in the process (decision 0755).
    /// The round takes the turns of its cases that are free and applies their messages; a message whose case is busy
    /// (another round or delivery of the module has it) is left out of it and applied after it on its own, once it has its
    /// turn, so the round neither waits for one case while holding the others' turns nor waits on that case's row locks.</summary>
    protected virtual Guid? TurnOf(TMessage message) => null;

    /// <summary>False for a message this consumer has nothing to do here with (decided from the message alone): it is
    /// acknowledged untouched, with no inbox row and no transaction, since applying it again would change nothing either.</summary>
    protected virtual bool Concerns(TMessage message) => true;

    /// <summary>Set for a message whose handler needs a transaction of its own (a lock read before it writes): it is
    /// applied on its own, as an <see cref="InboxConsumer{TMessage,TContext}"/> without one batch applies it, in an
    /// explicit transaction with <see cref="Prepare"/> and <see cref="Handle"/> inside.</summary>
    protected virtual bool AppliesAlone(TMessage message) => false;

    /// <summary>Reads, into the change tracker or the consumer's own fields, what the handlers of all of
    /// <paramref name="messages"/> need, in one statement where it can (<c>= ANY</c>). Called before <see cref="Handle"/>
    /// for the batch, and for a message applied on its own with that message alone.</summary>
    protected virtual Task Prepare(IReadOnlyList<TMessage> messages, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Set where the round writes beyond the change tracker (row locks, set-based SQL in <see cref="Conclude"/>):
    /// the round then runs in one transaction from its inbox rows to its commit, and a transient failure runs it again
    /// from <see cref="Prepare"/> on a cleared tracker; a message on its own takes a plain consumer's transaction
    /// (decision 0676).</summary>
    protected virtual bool AppliesInTransaction => false;

    /// <summary>After every message's <see cref="Handle"/>, before the save: what the handlers queued for the round as a
    /// whole, inside its transaction when <see cref="AppliesInTransaction"/>.</summary>
    protected virtual Task Conclude(CancellationToken ct) => Task.CompletedTask;

    /// <summary>One message's changes, tracked; a message of the same case earlier in the batch has been handled
    /// already and its changes are in the tracker.</summary>
    protected abstract Task Handle(TMessage message, ConsumeContext<TMessage> context);

    private async Task<bool> TogetherAsync(List<ConsumeContext<TMessage>> batch, string consumer, CancellationToken ct)
    {
        try
        {
            await InboxRound.RunAsync(db, async () =>
            {
                var ids = batch.Select(m => m.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.")).ToList();
                var known = batch.Any(m => m.ReceiveContext.Redelivered) ? await KnownAsync(ids, consumer, ct) : [];
                var applying = Enumerable.Range(0, batch.Count).Where(i => !known.Contains(ids[i])).ToList();
                if (applying.Count == 0) return true;
                var rows = new InboxRound.Rows();
                foreach (var i in applying) rows.Add(ids[i], consumer);
                await InboxRound.ApplyAsync(db, rows, applying, (some, t) => Prepare([.. some.Select(i => batch[i].Message)], t),
                    (i, _) => Handle(batch[i].Message, batch[i]), Conclude, AppliesInTransaction, writes: null, ct);
                return true;
            }, ct);
            MessagingTelemetry.BatchesApplied.Add(1);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            MessagingTelemetry.BatchesSplit.Add(1);
            LogContext.Info?.Log("{Consumer} could not apply {Count} messages together ({Error}); applying them one by one",
                consumer, batch.Count, e.GetBaseException().Message);
            return false;
        }
    }

    private async Task<HashSet<Guid>> KnownAsync(List<Guid> ids, string consumer, CancellationToken ct) =>
        [.. await db.InboxMessages.AsNoTracking().Where(m => m.Consumer == consumer && ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(ct)];

    /// <summary>Each message on its own; those settled are marked consumed, so that when this batch fails for the others
    /// MassTransit acknowledges them and fails, retries and moves to <c>_error</c> only those. A message found overtaken
    /// (its predecessor not applied yet) is put after the others, with the later messages of its case, and only then waited
    /// for: one early event does not hold the rest of a failed round through its waits (decision 0814).</summary>
    private async Task OneByOneAsync(List<ConsumeContext<TMessage>> batch, string consumer, CaseTurns caseTurns)
    {
        var failures = new List<Exception>();
        var early = new List<ConsumeContext<TMessage>>();
        foreach (var message in batch)
        {
            var caseId = TurnOf(message.Message);
            var behindEarly = caseId is not null && early.Any(m => TurnOf(m.Message) == caseId);
            if (behindEarly || !await AppliedAsync(message, consumer, caseTurns, failures, waitsIfOvertaken: false)) early.Add(message);
        }
        foreach (var message in early) await AppliedAsync(message, consumer, caseTurns, failures, waitsIfOvertaken: true);
        if (failures.Count == 1) ExceptionDispatchInfo.Throw(failures[0]);
        if (failures.Count > 1) throw new AggregateException(failures);
    }

    /// <summary>False only for an overtaken message not waited for; any other failure is added to <paramref name="failures"/>.</summary>
    private async Task<bool> AppliedAsync(ConsumeContext<TMessage> message, string consumer, CaseTurns caseTurns,
        List<Exception> failures, bool waitsIfOvertaken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await InboxDelivery.ApplyAsync(db, message, consumer, inOneBatch: !AppliesInTransaction && !AppliesAlone(message.Message), async t =>
            {
                await Prepare([message.Message], t);
                await Handle(message.Message, message);
                await Conclude(t);
            }, caseTurn: TurnOf(message.Message) is { } caseId ? (caseTurns, caseId) : null, waitsIfOvertaken: waitsIfOvertaken);
            await message.NotifyConsumed(message, Stopwatch.GetElapsedTime(started), consumer);
        }
        catch (Exception e) when (!waitsIfOvertaken && OvertakenEvents.IsOvertaken(e))
        {
            return false;
        }
        catch (Exception e) when (!message.CancellationToken.IsCancellationRequested)
        {
            failures.Add(e);
        }
        return true;
    }
}
