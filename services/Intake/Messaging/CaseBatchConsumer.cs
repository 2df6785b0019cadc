using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

/// <summary>A consumer of one kind of event about a case, applied to the deliveries waiting on its queue together
/// (decisions 0662, 0678): the batch's cases read in one statement, each event handled on its tracked case in delivery
/// order (a case met twice is one row), then one insert of the inbox rows and one save of the cases and their outbox
/// rows, one commit. For handlers that read without locks and write through the change tracker only.</summary>
public abstract class CaseBatchConsumer<TMessage>(IntakeDbContext db) : InboxBatchConsumer<TMessage, IntakeDbContext>(db)
    where TMessage : class
{
    private readonly RoundCases cases = new();

    protected abstract Guid CaseOf(TMessage message);

    /// <summary>One event's changes to its case, which is null when intake holds no such case.</summary>
    protected abstract Task Apply(TMessage message, IntakeCase? @case, CancellationToken ct);

    protected sealed override Task Prepare(IReadOnlyList<TMessage> messages, CancellationToken ct) =>
        cases.LoadAsync(Db, messages.Select(CaseOf), ct);

    protected sealed override async Task Handle(TMessage message, ConsumeContext<TMessage> context) =>
        await Apply(message, await cases.FindAsync(Db, CaseOf(message), context.CancellationToken), context.CancellationToken);
}
