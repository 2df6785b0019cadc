using System.Runtime.Serialization;
using System.Text.Json.Nodes;
using Linkage.Messaging;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Persistence;
using MassTransit;
using Npgsql;

namespace Linkage.Webhooks.Messaging;

/// <summary>One integration event in: a delivery row for every active subscription to its type whose subtree holds the
/// event's division, written in the inbox's transaction — nothing lost, nothing twice (decision 0601). An event that
/// names neither a division nor a case known here reaches no one. One read per event: the case's unit with the
/// subscriptions' stamp (the unit recorded in that statement when the event teaches it first, 0773); the subscriptions
/// themselves come from <see cref="Subscribers"/> (decision 0637). An event that writes nothing through the tracker (no
/// subscriber wants it, its case's unit known or just recorded) leaves no inbox row: the read is its cost (0668).
/// One consumer takes every offered event as the JSON it arrived as (MassTransit hands a <see cref="JsonObject"/>
/// consumer each message on its queue) and reads it as its contract, named by the message's first type: one consumer
/// and one pipe where a closed consumer per event type loaded MassTransit's types for each (decision 0832). An offered
/// event that cannot be read as its contract fails, as it failed a closed consumer: retried, then moved to the queue's
/// <c>_error</c> queue, nothing written for it (decision 0836).</summary>
public sealed class WebhookConsumer(WebhooksDbContext db, Subscribers subscriptions, WebhookOptions options, TimeProvider clock)
    : InboxConsumer<JsonObject, WebhooksDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    /// <summary>An event no subscription wants, of a case whose unit is known, writes nothing: one round trip (0668).</summary>
    protected override bool RemembersUnchanged => false;

    protected override string InboxName(ConsumeContext<JsonObject> context) =>
        WebhookEvents.Of(context)?.InboxName ?? base.InboxName(context);

    protected override async Task Handle(JsonObject json, ConsumeContext<JsonObject> context)
    {
        if (WebhookEvents.Of(context) is not { } arrived) return;
        if (!context.SerializerContext.TryGetMessage(arrived.Event.Contract, out var m))
            throw new SerializationException($"{context.MessageId} is not a {arrived.Event.Contract.Name}.");
        var ct = context.CancellationToken;
        var facts = EventFacts.Of(m);
        var read = (await ReadAsync(facts, ct))[0];
        if (Division(facts, read) is not { } division) return;
        var type = arrived.Event.CloudEventType;
        var subscribers = (await subscriptions.AtAsync(Db, read.Stamp, ct)).Where(s => s.Wants(type, division)).Select(s => s.Id).ToList();
        if (subscribers.Count == 0) return;
        var now = clock.GetUtcNow();
        var eventId = context.MessageId!.Value;
        var body = CloudEventBody.Of(m, type, eventId, options.Source, facts.CaseId, context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now);
        Db.Deliveries.AddRange(subscribers.Select(s => new Delivery(s, eventId, type, body, now)));
    }

    /// <summary>The stamp and the case's unit as they were before this event. An event naming its case and a division
    /// also records that unit in the same statement when none is known yet (decision 0773): a case's first event
    /// (CaseSubmitted) then writes nothing through the tracker, so it saves no batch and leaves no inbox row, one round
    /// trip instead of two. The insert stands on its own: a repeat, or a later event of the case, finds the unit and
    /// writes nothing, and what it learns is what the event says, whatever becomes of the event's deliveries.</summary>
    private Task<List<UnitAndStamp>> ReadAsync(EventFacts facts, CancellationToken ct) => Db.ReadAsync(UnitAndStamp.Of, ct,
        facts is { CaseId: { } caseId, Division: { } division }
            ? RawStatements.Statement(LearnAndRead, caseId, division, facts.Handling)
            : RawStatements.Statement(Read, facts.CaseId ?? Guid.Empty));

    /// <summary>Sent with Npgsql alone (decision 0852): a constant text, its rows read by <see cref="UnitAndStamp.Of"/>,
    /// where EF's <c>SqlQuery</c> built the command and its shaper again for every event.</summary>
    private const string LearnAndRead = """
        WITH learnt AS (INSERT INTO webhooks.case_units ("CaseId", "Division", "Handling") VALUES ($1, $2, $3)
                        ON CONFLICT ("CaseId") DO NOTHING)
        SELECT t.value, c."Division", c."Handling"
        FROM webhooks.subscription_stamp t LEFT JOIN webhooks.case_units c ON c."CaseId" = $1
        """;

    private const string Read = """
        SELECT t.value, c."Division", c."Handling"
        FROM webhooks.subscription_stamp t LEFT JOIN webhooks.case_units c ON c."CaseId" = $1
        """;

    /// <summary>The event's own division (remembered for its case), else the division remembered for its case.</summary>
    private string? Division(EventFacts facts, UnitAndStamp read)
    {
        if (facts.CaseId is not { } caseId) return facts.Division;
        var known = read.Division is { } remembered ? new CaseUnit(caseId, remembered, read.Handling ?? false) : null;
        if (facts.Division is not { } division) return known?.Division;
        if (known is null) return division; // recorded by the read (0773)
        if (facts.Handling && (!known.Handling || known.Division != division)) Db.CaseUnits.Attach(known).Entity.HandledIn(division);
        return facts.Handling || known is not { Handling: true } ? division : known.Division;
    }

    private sealed record UnitAndStamp(long Stamp, string? Division, bool? Handling)
    {
        public static UnitAndStamp Of(NpgsqlDataReader row) => new(row.GetInt64(0), row.TextOrNull(1), row.NullableAt<bool>(2));
    }
}
