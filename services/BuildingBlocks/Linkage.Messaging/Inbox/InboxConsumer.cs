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

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        try
        {
            await TransientFailures.RetryAsync(
                () => InboxTransaction.RunOnceAsync(db, messageId, GetType().FullName!, _ => Handle(context.Message, context), context.CancellationToken),
                context.CancellationToken);
        }
        catch (Exception e) when (OvertakenEvents.IsOvertaken(e))
        {
            await OvertakenEvents.RequeueAsync(context, e);
        }
    }

    protected abstract Task Handle(TMessage message, ConsumeContext<TMessage> context);
}
