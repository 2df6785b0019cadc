using Linkage.Messaging;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Messaging;

/// <summary>One integration event in: a delivery row for every active subscription to its type whose subtree holds the
/// event's division, written in the inbox's transaction — nothing lost, nothing twice (decision 0601). An event that
/// names neither a division nor a case known here reaches no one. One read per event: the case's unit with the
/// subscriptions' stamp; the subscriptions themselves come from <see cref="Subscribers"/> (decision 0637). An event
/// that writes nothing (no subscriber wants it, its case's unit known) leaves no inbox row: the read is its cost (0668).</summary>
public sealed class WebhookConsumer<TEvent>(WebhooksDbContext db, Subscribers subscriptions, WebhookOptions options, TimeProvider clock)
    : InboxConsumer<TEvent, WebhooksDbContext>(db) where TEvent : class
{
    protected override bool AppliesInOneBatch => true;

    /// <summary>An event no subscription wants, of a case whose unit is known, writes nothing: one round trip (0668).</summary>
    protected override bool RemembersUnchanged => false;

    protected override async Task Handle(TEvent m, ConsumeContext<TEvent> context)
    {
        var ct = context.CancellationToken;
        var facts = EventFacts.Of(m);
        var read = (await Db.Database.SqlQuery<UnitAndStamp>($"""
            SELECT t.value AS "Stamp", c."Division", c."Handling"
            FROM webhooks.subscription_stamp t LEFT JOIN webhooks.case_units c ON c."CaseId" = {facts.CaseId ?? Guid.Empty}
            """).ToListAsync(ct))[0];
        if (Division(facts, read) is not { } division) return;
        var type = WebhookEvents.TypeOf(typeof(TEvent));
        var subscribers = (await subscriptions.AtAsync(Db, read.Stamp, ct)).Where(s => s.Wants(type, division)).Select(s => s.Id).ToList();
        if (subscribers.Count == 0) return;
        var now = clock.GetUtcNow();
        var eventId = context.MessageId!.Value;
        var body = CloudEventBody.Of(m, type, eventId, options.Source, facts.CaseId, context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now);
        Db.Deliveries.AddRange(subscribers.Select(s => new Delivery(s, eventId, type, body, now)));
    }

    /// <summary>The event's own division (remembered for its case), else the division remembered for its case.</summary>
    private string? Division(EventFacts facts, UnitAndStamp read)
    {
        if (facts.CaseId is not { } caseId) return facts.Division;
        var known = read.Division is { } remembered ? new CaseUnit(caseId, remembered, read.Handling ?? false) : null;
        if (facts.Division is not { } division) return known?.Division;
        if (known is null) Db.CaseUnits.Add(new CaseUnit(caseId, division, facts.Handling));
        else if (facts.Handling && (!known.Handling || known.Division != division)) Db.CaseUnits.Attach(known).Entity.HandledIn(division);
        return facts.Handling || known is not { Handling: true } ? division : known.Division;
    }

    private sealed class UnitAndStamp
    {
        public long Stamp { get; init; }
        public string? Division { get; init; }
        public bool? Handling { get; init; }
    }
}
