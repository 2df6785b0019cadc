namespace Linkage.Messaging;

/// <summary>The SQL of the outbox and inbox for one module schema.</summary>
internal sealed class OutboxSql
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";
    public const string NotifyChannel = "linkage_outbox";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, OutboxSql> BySchema = new(StringComparer.Ordinal);

    /// <summary>The statements of <paramref name="schema"/>, built once per process: the inbox paths ask for them at
    /// every delivery or round (decision 0683).</summary>
    public static OutboxSql Of(string schema) => BySchema.GetOrAdd(schema, s => new OutboxSql(s));

    /// <summary>The plain insert of an inbox row sent before a handler's first statement (<see cref="InboxFirstStatement"/>):
    /// no ON CONFLICT, so a duplicate fails on the key and takes the rest of its transaction with it.</summary>
    public static string InsertInboxRow(string schema) => Of(schema).InsertInboxRowFirst;

    private const string ClaimedColumns =
        "id, aggregate_id, sequence, kind, message_type, payload::text, subject, target_division, trace_parent, created_at, attempts";

    public OutboxSql(string schema)
    {
        if (string.IsNullOrEmpty(schema) || !schema.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new ArgumentException($"Schema '{schema}' must be lower-case letters, digits and underscores.", nameof(schema));
        Schema = schema;
        var outbox = $"\"{schema}\".{OutboxTable}";
        var inbox = $"\"{schema}\".{InboxTable}";

        // Only the oldest pending row of each lane of an aggregate heads a claim, so a lane's rows go out strictly in
        // sequence; SKIP LOCKED lets replicas claim disjoint sets of lanes. An aggregate has two lanes, its integration
        // rows (this deployment's bus) and its federation rows (the links, ordered again at the receiver by their signed
        // sequence): each in sequence, neither waiting for the other (decision 0700). See docs/decisions/0010. A row
        // that failed $2 times is parked: not blocking its lane's later rows (docs/decisions/0311), and claimed only
        // when its slow retry comes due (0673), out of its lane's order as a replay is.
        // The heads are found in the oldest 10 × $1 pending rows, the window (decision 0711: room for the default four
        // rounds in flight, a batch of heads and one of followers each, and a round more): partitioned by lane, a parked
        // row being a lane of its own, each row knowing its lane's head and first row waiting out a backoff (held_from).
        // No two of the window's sets are joined on a value (decision 0762): the planner's estimate of the window is the
        // last analyze's, often one row, and such a join then became a nested loop over the whole window for each lane.
        // Every row older than a row of the window is in it, so a lane with an unparked row there has its head there,
        // and every other lane's head is younger than all of them: the window's claimable heads,
        // oldest first, are the first heads of the whole table's. Only when they are fewer than $1 and the window is full
        // does `far` group the rest (the lanes with no unparked row in the window, and the parked rows after it), as
        // decision 0701 grouped every pending row; its one-time filter keeps it unread otherwise. So the heads are
        // exactly 0701's, and a backlog behind a window clogged by rows in backoff or held by other rounds still goes.
        // A claimed head brings its lane's pending rows after it (decision 0692), published one after another in
        // the same round: nobody else can claim them while the head is pending and locked, and the first row not yet
        // due (a retry waiting out its backoff) ends them, so nothing after it goes out before it. A window head's
        // followers come from the window (its held_from is known only there; found by their lane's head, = ANY), a far
        // head's from its lane; they are locked by ctid: no one else can update a row behind a head this statement holds.
        // A last row, after the claimed ones, says what may be left behind them (0761): whether the window was full (a
        // window head's lane may have rows past its edge) and whether due heads of the window were skipped, locked by a
        // round in flight (their lanes' rows are due when that round ends); and, in pairs, those skipped heads that have
        // due rows of their lane behind them in the window with the lane's last due row (0850): the round holding one
        // takes the rows past its own last, if any, itself.
        Claim = $"""
            WITH window_rows AS MATERIALIZED (
                SELECT w.ctid AS at, w.aggregate_id, w.kind, w.sequence, w.attempts, w.next_attempt_at
                FROM {outbox} w
                WHERE w.dispatched_at IS NULL
                ORDER BY w.sequence
                LIMIT 10 * $1),
            edge AS MATERIALIZED (SELECT count(*) AS rows, max(w.sequence) AS last FROM window_rows w),
            window_lanes AS MATERIALIZED (
                SELECT l.at, l.sequence, l.attempts, min(l.sequence) OVER lane AS head,
                       min(l.sequence) FILTER (WHERE l.next_attempt_at > now()) OVER lane AS held_from,
                       bool_or(l.attempts >= $2) OVER lane AS parked,
                       max(l.sequence) FILTER (WHERE l.next_attempt_at IS NULL OR l.next_attempt_at <= now()) OVER lane AS last_due
                FROM window_rows l
                WINDOW lane AS (PARTITION BY l.aggregate_id, l.kind, CASE WHEN l.attempts >= $2 THEN l.sequence END)),
            near_lanes AS MATERIALIZED (SELECT l.* FROM window_lanes l WHERE l.sequence = l.head),
            near AS (
                SELECT o.*, l.held_from, l.parked, false AS far
                FROM (SELECT * FROM near_lanes ORDER BY head) l
                JOIN {outbox} o ON o.ctid = l.at AND o.sequence = l.head
                WHERE o.dispatched_at IS NULL
                  AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= now())
                ORDER BY l.head
                LIMIT $1
                FOR UPDATE OF o SKIP LOCKED),
            far_lanes AS MATERIALIZED (
                SELECT min(l.sequence) AS head, min(l.sequence) FILTER (WHERE l.next_attempt_at > now()) AS held_from,
                       bool_or(l.attempts >= $2) AS parked
                FROM {outbox} l
                WHERE l.dispatched_at IS NULL AND l.sequence > (SELECT e.last FROM edge e)
                  AND (l.attempts >= $2 OR (l.aggregate_id, l.kind) NOT IN
                       (SELECT w.aggregate_id, w.kind FROM window_rows w WHERE w.attempts < $2))
                GROUP BY l.aggregate_id, l.kind, CASE WHEN l.attempts >= $2 THEN l.sequence END),
            far AS (
                SELECT o.*, l.held_from, l.parked, true AS far
                FROM (SELECT * FROM far_lanes ORDER BY head) l JOIN {outbox} o ON o.sequence = l.head
                WHERE (SELECT e.rows FROM edge e) = 10 * $1 AND (SELECT count(*) FROM near) < $1
                  AND o.sequence > (SELECT e.last FROM edge e)
                  AND o.dispatched_at IS NULL
                  AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= now())
                ORDER BY l.head
                LIMIT $1 - (SELECT count(*) FROM near)
                FOR UPDATE OF o SKIP LOCKED),
            heads AS (SELECT * FROM near UNION ALL SELECT * FROM far),
            followers AS (
                SELECT f.*
                FROM (SELECT w.at, w.sequence
                      FROM window_lanes w
                      WHERE w.head = ANY (ARRAY(SELECT h.sequence FROM heads h WHERE NOT h.parked AND NOT h.far))
                        AND w.sequence > w.head AND w.attempts < $2 AND (w.held_from IS NULL OR w.sequence < w.held_from)
                      UNION ALL
                      SELECT n.at, n.sequence
                      FROM heads h CROSS JOIN LATERAL (
                          SELECT f.ctid AS at, f.sequence FROM {outbox} f
                          WHERE f.aggregate_id = h.aggregate_id AND f.kind = h.kind AND f.sequence > h.sequence
                            AND f.dispatched_at IS NULL AND f.attempts < $2
                            AND (h.held_from IS NULL OR f.sequence < h.held_from)
                          ORDER BY f.sequence
                          LIMIT $1) n
                      WHERE NOT h.parked AND h.far
                      ORDER BY 2
                      LIMIT $1) x
                JOIN {outbox} f ON f.ctid = x.at
                FOR UPDATE OF f)
            SELECT {ClaimedColumns}, NULL::boolean AS window_full, NULL::boolean AS skipped, NULL::bigint[] AS waiting
            FROM heads
            UNION ALL
            SELECT {ClaimedColumns}, NULL, NULL, NULL FROM followers
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT e.rows FROM edge e) = 10 * $1,
                   (SELECT count(*) FROM near_lanes l WHERE l.held_from IS NULL OR l.held_from > l.head) > (SELECT count(*) FROM near),
                   ARRAY(SELECT p.v FROM near_lanes l CROSS JOIN LATERAL unnest(ARRAY[l.head, l.last_due]) WITH ORDINALITY p(v, k)
                         WHERE l.last_due > l.head AND (l.held_from IS NULL OR l.held_from > l.head)
                           AND l.head NOT IN (SELECT n.sequence FROM near n)
                         ORDER BY l.head, p.k)
            ORDER BY sequence
            """;
        // A round's own lanes' rows committed since its claim (decision 0850): after each lane's last row the round
        // holds, in sequence, up to the lane's first row waiting out a backoff; parked rows are lanes of their own. The
        // round holds each lane's oldest pending row, locked, so no other claim can head these lanes or take these rows.
        ClaimBehind = $"""
            SELECT {ClaimedColumns}
            FROM {outbox} f JOIN unnest($1::text[], $2::text[], $3::bigint[]) AS l(lane, lane_kind, after)
              ON f.aggregate_id = l.lane AND f.kind = l.lane_kind
            WHERE f.sequence > l.after AND f.dispatched_at IS NULL AND f.attempts < $4
              AND (f.next_attempt_at IS NULL OR f.next_attempt_at <= now())
              AND NOT EXISTS (
                  SELECT 1 FROM {outbox} h
                  WHERE h.aggregate_id = f.aggregate_id AND h.kind = f.kind AND h.sequence > l.after AND h.sequence < f.sequence
                    AND h.dispatched_at IS NULL AND h.attempts < $4 AND h.next_attempt_at > now())
            ORDER BY f.sequence
            LIMIT $5
            FOR UPDATE OF f
            """;
        AnyDue = $"""
            SELECT EXISTS (SELECT 1 FROM {outbox} o WHERE o.dispatched_at IS NULL
                           AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= now()))
            """;
        // when the round marks its rows, after their confirms (now() would be the round's start, before its claim); the
        // statement's time, so the rows of one round share it
        MarkDispatched = $"UPDATE {outbox} SET dispatched_at = statement_timestamp(), next_attempt_at = NULL WHERE id = ANY($1)";
        MarkFailed = $"""
            UPDATE {outbox} AS o
            SET attempts = o.attempts + 1, last_error = f.error,
                next_attempt_at = now() + CASE WHEN o.attempts + 1 >= $4 THEN $5 * interval '1 second'
                    ELSE least(interval '1 second' * power(2, least(o.attempts, 20)), $3 * interval '1 second') END
            FROM unnest($1::uuid[], $2::text[]) AS f(id, error)
            WHERE o.id = f.id
            """;
        PurgeOutbox = $"""
            DELETE FROM {outbox} WHERE id IN
              (SELECT id FROM {outbox} WHERE dispatched_at < now() - $1 * interval '1 second' LIMIT $2 FOR UPDATE SKIP LOCKED)
            """;
        PurgeInbox = $"""
            DELETE FROM {inbox} WHERE (message_id, consumer) IN
              (SELECT message_id, consumer FROM {inbox} WHERE processed_at < now() - $1 * interval '1 second' LIMIT $2 FOR UPDATE SKIP LOCKED)
            """;
        InsertIntegration = $"INSERT INTO {outbox} (id, aggregate_id, kind, message_type, payload, created_at) VALUES ($1, $2, 'integration', $3, $4::jsonb, $5)";
        // due at once, still parked (not holding its aggregate back), so a row that crosses resolves its alarm (0673)
        ReplayParked = $"UPDATE {outbox} SET next_attempt_at = NULL WHERE dispatched_at IS NULL AND attempts >= $1";
        PurgeParked = $"DELETE FROM {outbox} WHERE dispatched_at IS NULL AND attempts >= $1";
        InsertInboxRowFirst = $"INSERT INTO {inbox} (message_id, consumer, processed_at) " +
            $"VALUES (@{PendingInbox.IdParameter}, @{PendingInbox.ConsumerParameter}, now())";
        InsertInbox = $"INSERT INTO {inbox} (message_id, consumer, processed_at) VALUES ({{0}}, {{1}}, now()) ON CONFLICT DO NOTHING";
        // a round's rows in one statement (decision 0648); no ON CONFLICT: a row already there fails the round
        InsertInboxRows = $"INSERT INTO {inbox} (message_id, consumer, processed_at) SELECT r.m, r.c, now() FROM unnest({{0}}::uuid[], {{1}}::text[]) AS r(m, c)";
        var function = $"\"{schema}\".outbox_notify";
        CreateNotifyTrigger = $"""
            CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
              PERFORM pg_notify('{NotifyChannel}', '{schema}');
              RETURN NULL;
            END
            $fn$;
            DROP TRIGGER IF EXISTS outbox_notify ON {outbox};
            CREATE TRIGGER outbox_notify AFTER INSERT ON {outbox} FOR EACH STATEMENT EXECUTE FUNCTION {function}();
            """;
        DropNotifyTrigger = $"""
            DROP TRIGGER IF EXISTS outbox_notify ON {outbox};
            DROP FUNCTION IF EXISTS {function}();
            """;
    }

    public string Schema { get; }
    public string Claim { get; }
    public string ClaimBehind { get; }
    public string AnyDue { get; }
    public string MarkDispatched { get; }
    public string MarkFailed { get; }
    public string PurgeOutbox { get; }
    public string PurgeInbox { get; }
    public string InsertIntegration { get; }
    public string ReplayParked { get; }
    public string PurgeParked { get; }
    public string InsertInbox { get; }
    public string InsertInboxRowFirst { get; }
    public string InsertInboxRows { get; }
    public string CreateNotifyTrigger { get; }
    public string DropNotifyTrigger { get; }
}
