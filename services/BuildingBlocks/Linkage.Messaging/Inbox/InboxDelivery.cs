using MassTransit;

namespace Linkage.Messaging;

/// <summary>One delivery applied on its own, once per MessageId and consumer: a transient failure is waited out and
/// the attempt run again; an event that is still early goes back to the end of its queue (<see cref="OvertakenEvents"/>).
/// The path of every <see cref="InboxConsumer{TMessage,TContext}"/> delivery and of a local batch's fallback
/// (<see cref="InboxBatchConsumer{TMessage,TContext}"/>). With a case, each attempt first waits for the case's turn
/// (<see cref="CaseTurns"/>) and keeps it to its end: the waits between attempts hold no turn, so the event an overtaken
/// one waits for can take its own. Without <c>waitsIfOvertaken</c> an overtaken event is thrown at once, for the caller
/// to try again after other work.</summary>
internal static class InboxDelivery
{
    public static async Task ApplyAsync<TMessage>(ModuleDbContext db, ConsumeContext<TMessage> context, string consumer, bool inOneBatch,
        Func<CancellationToken, Task> handle, bool remembersUnchanged = true, (CaseTurns Turns, Guid Case)? caseTurn = null,
        bool waitsIfOvertaken = true) where TMessage : class
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var exhausted = OvertakenEvents.Exhausted(context);
        try
        {
            await TransientFailures.RetryAsync(async () =>
            {
                using var turn = caseTurn is var (turns, caseId) ? await turns.TakeAsync(db.ModuleSchema, caseId, context.CancellationToken) : null;
                await (inOneBatch
                    ? InboxBatch.RunOnceAsync(db, messageId, consumer, handle, context.CancellationToken, remembersUnchanged)
                    : InboxTransaction.RunOnceAsync(db, messageId, consumer, handle, context.CancellationToken));
            }, context.CancellationToken, exhausted || !waitsIfOvertaken ? 0 : TransientFailures.OvertakenWaits);
        }
        catch (Exception e) when (OvertakenEvents.IsOvertaken(e) && !exhausted && waitsIfOvertaken)
        {
            await OvertakenEvents.RequeueAsync(context, e);
        }
    }
}
