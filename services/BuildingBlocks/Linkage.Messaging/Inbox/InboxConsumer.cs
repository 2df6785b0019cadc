using MassTransit;

namespace Linkage.Messaging;

/// <summary>A MassTransit consumer applied once per MessageId: the inbox row, the handler's changes and any outbox
/// rows it queues (<c>Db.Publish</c>) commit together. Publish follow-up events through <see cref="Db"/>, not the
/// ConsumeContext, so they leave only if the transaction commits. A transient failure (a module restarting) is
/// waited out and the whole transaction run again; an event that is still early goes back to the end of its queue
/// (<see cref="OvertakenEvents"/>).</summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    /// <summary>Set where the handler reads without locks (no FOR UPDATE, no advisory lock) and writes only through the
    /// change tracker (no raw SQL): its changes and the inbox row then go as one batch, one implicit transaction,
    /// without the inbox insert's and COMMIT's round trips (<see cref="InboxBatch"/>, decision 0594).</summary>
    protected virtual bool AppliesInOneBatch => false;

    /// <summary>Cleared where a one-batch delivery whose handler tracked no change need not be remembered: it then writes
    /// nothing, not even its inbox row, and a repeat is judged again as if first (decision 0668).</summary>
    protected virtual bool RemembersUnchanged => true;

    /// <summary>The case whose other deliveries to this module this one takes turns with in the process (decision 0755):
    /// set where the handler locks or writes the case's rows, which another consumer of the module's may hold.</summary>
    protected virtual Guid? TurnOf(TMessage message) => null;

    /// <summary>The name the inbox remembers this consumer's deliveries under, beside their MessageId.</summary>
    protected virtual string InboxName(ConsumeContext<TMessage> context) => GetType().FullName!;

    public Task Consume(ConsumeContext<TMessage> context) =>
        InboxDelivery.ApplyAsync(db, context, InboxName(context), AppliesInOneBatch, _ => Handle(context.Message, context), RemembersUnchanged,
            TurnOf(context.Message) is { } caseId ? (CaseTurns.Of(context), caseId) : null);

    protected abstract Task Handle(TMessage message, ConsumeContext<TMessage> context);
}
