using MassTransit;

namespace Linkage.Messaging;

/// <summary>A MassTransit consumer applied once per MessageId: the inbox row, the handler's changes and any outbox
/// rows it queues (<c>Db.Publish</c>) commit together. Publish follow-up events through <see cref="Db"/>, not the
/// ConsumeContext, so they leave only if the transaction commits.</summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    public Task Consume(ConsumeContext<TMessage> context) =>
        InboxTransaction.RunOnceAsync(
            db,
            context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId."),
            GetType().FullName!,
            _ => Handle(context.Message, context),
            context.CancellationToken);

    protected abstract Task Handle(TMessage message, ConsumeContext<TMessage> context);
}
