using Linkage.Messaging;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Messaging;

/// <summary>One integration event in: a delivery row for every active subscription to its type whose subtree holds the
/// event's division, written in the inbox's transaction — nothing lost, nothing twice (decision 0601). An event that
/// names neither a division nor a case known here reaches no one.</summary>
public sealed class WebhookConsumer<TEvent>(WebhooksDbContext db, WebhookOptions options, TimeProvider clock)
    : InboxConsumer<TEvent, WebhooksDbContext>(db) where TEvent : class
{
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(TEvent m, ConsumeContext<TEvent> context)
    {
        var ct = context.CancellationToken;
        var facts = EventFacts.Of(m);
        var division = await DivisionAsync(facts, ct);
        if (division is null) return;
        var type = WebhookEvents.TypeOf(typeof(TEvent));
        var subscribers = await Db.Subscriptions.AsNoTracking()
            .Where(s => s.Active && s.EventTypes.Contains(type) && division.StartsWith(s.SubtreePrefix))
            .Select(s => s.Id).ToListAsync(ct);
        if (subscribers.Count == 0) return;
        var now = clock.GetUtcNow();
        var eventId = context.MessageId!.Value;
        var body = CloudEventBody.Of(m, type, eventId, options.Source, facts.CaseId, context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now);
        Db.Deliveries.AddRange(subscribers.Select(s => new Delivery(s, eventId, type, body, now)));
    }

    /// <summary>The event's own division (remembered for its case), else the division remembered for its case.</summary>
    private async Task<string?> DivisionAsync(EventFacts facts, CancellationToken ct)
    {
        if (facts.CaseId is not { } caseId) return facts.Division;
        var known = await Db.CaseUnits.FirstOrDefaultAsync(c => c.CaseId == caseId, ct);
        if (facts.Division is not { } division) return known?.Division;
        if (known is null) Db.CaseUnits.Add(new CaseUnit(caseId, division, facts.Handling));
        else if (facts.Handling) known.HandledIn(division);
        return facts.Handling || known is not { Handling: true } ? division : known.Division;
    }
}
