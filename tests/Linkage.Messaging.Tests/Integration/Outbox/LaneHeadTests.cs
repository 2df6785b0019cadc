using Linkage.Messaging.Tests.Infrastructure;
using Npgsql;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>Decision 0701: the claim finds each lane's head in one pass over the pending rows. The rules it keeps: a
/// lane's head behind many dispatched rows of its own, a row in backoff holding back its lane's later rows, a parked
/// row holding nothing back and claimed on its own once due, and another claim skipping the lanes a round holds.</summary>
public sealed class LaneHeadTests
{
    private static readonly int Parked = new OutboxOptions().MaxAttempts;

    [Fact]
    public async Task Each_lane_gives_its_oldest_pending_row_and_the_due_rows_after_it()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        var rows = new Rows(conn);
        for (var n = 0; n < 300; n++) await rows.AddAsync("done", dispatched: true);
        var doneHead = await rows.AddAsync("done");
        var doneNext = await rows.AddAsync("done");
        var doneFederation = await rows.AddAsync("done", kind: "federation");
        await rows.AddAsync("waiting", attempts: 2, dueIn: TimeSpan.FromHours(1));
        await rows.AddAsync("waiting");
        var midHead = await rows.AddAsync("mid");
        var midNext = await rows.AddAsync("mid");
        await rows.AddAsync("mid", attempts: 1, dueIn: TimeSpan.FromHours(1));
        await rows.AddAsync("mid");
        var parkedDue = await rows.AddAsync("parked", attempts: Parked, dueIn: TimeSpan.FromMinutes(-1));
        var afterParkedDue = await rows.AddAsync("parked");
        await rows.AddAsync("parked-later", attempts: Parked, dueIn: TimeSpan.FromHours(1));
        var afterParkedLater = await rows.AddAsync("parked-later");

        await using var tx = await conn.BeginTransactionAsync();
        var claimed = await ClaimAsync(conn, tx);

        Assert.Equal([doneHead, doneNext, doneFederation, midHead, midNext, parkedDue, afterParkedDue, afterParkedLater],
            claimed.Select(r => r.Id));
        Assert.Equal(claimed.OrderBy(r => r.Sequence).Select(r => r.Id), claimed.Select(r => r.Id));
    }

    [Fact]
    public async Task A_second_claim_skips_the_lanes_the_first_holds_and_takes_the_rest()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        var rows = new Rows(conn);
        var first = new List<Guid>();
        for (var n = 0; n < 40; n++) first.Add(await rows.AddAsync($"case-{n % 20}"));

        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        var round = await ClaimAsync(holder, held);
        Assert.Equal(first, round.Select(r => r.Id)); // twenty heads, each with its follower

        var later = new List<Guid>();
        for (var n = 0; n < 40; n++) later.Add(await rows.AddAsync($"case-{n % 20}"));
        var fresh = await rows.AddAsync("case-new");
        await using (var tx = await conn.BeginTransactionAsync())
            Assert.Equal([fresh], (await ClaimAsync(conn, tx)).Select(r => r.Id)); // the held lanes' later rows wait

        await using (var mark = new NpgsqlCommand(new OutboxSql(TestDbContext.SchemaName).MarkDispatched, holder, held))
        {
            mark.Parameters.Add(new NpgsqlParameter { Value = first.ToArray() });
            await mark.ExecuteNonQueryAsync();
        }
        await held.CommitAsync();
        await using (var tx = await conn.BeginTransactionAsync())
            Assert.Equal([.. later, fresh], (await ClaimAsync(conn, tx)).Select(r => r.Id));
    }

    /// <summary>Decision 0711: with a batch of three heads the claim looks for heads in the oldest thirty pending rows.
    /// Here they are fourteen lanes waiting out a backoff, each with a row behind it, and one lane due whose row in
    /// backoff lies past the window: the lanes behind the window still go, and no row passes a backoff.</summary>
    [Fact]
    public async Task A_window_clogged_by_backoff_starves_no_lane_behind_it_and_lets_no_row_pass_a_backoff()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        var rows = new Rows(conn);
        for (var n = 0; n < 14; n++)
        {
            await rows.AddAsync($"held-{n}", attempts: 1, dueIn: TimeSpan.FromHours(1));
            await rows.AddAsync($"held-{n}");
        }
        var edgeHead = await rows.AddAsync("edge");
        var edgeNext = await rows.AddAsync("edge"); // the thirtieth: the window is full
        await rows.AddAsync("edge", attempts: 1, dueIn: TimeSpan.FromHours(1));
        await rows.AddAsync("edge");
        await rows.AddAsync("held-0");
        var lateHead = await rows.AddAsync("late");
        var lateNext = await rows.AddAsync("late");
        await rows.AddAsync("late", attempts: 2, dueIn: TimeSpan.FromHours(1));
        await rows.AddAsync("late");
        var parkedDue = await rows.AddAsync("parked", attempts: Parked, dueIn: TimeSpan.FromMinutes(-1));
        await rows.AddAsync("parked"); // a fourth head: past the batch

        await using var tx = await conn.BeginTransactionAsync();
        var claimed = await ClaimAsync(conn, tx, new OutboxOptions { BatchSize = 3 });

        Assert.Equal([edgeHead, edgeNext, lateHead, lateNext, parkedDue], claimed.Select(r => r.Id));
    }

    /// <summary>Decision 0761: a claim says when rows may be due behind it, so the dispatcher claims again at once or
    /// at a round's end only then. A batch of three (a window of thirty): two due lanes leave nothing; a full batch,
    /// and a full window whose head's follower lies past its edge, leave rows behind; a lane whose head another round
    /// holds is skipped.</summary>
    [Fact]
    public async Task A_claim_says_whether_it_left_due_rows_behind_it_or_skipped_a_held_lane()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        var rows = new Rows(conn);
        var three = new OutboxOptions { BatchSize = 3 };
        await rows.AddAsync("a");
        await rows.AddAsync("b");
        await using (var tx = await conn.BeginTransactionAsync())
            Assert.Equal((2, false, false), Flags(await ClaimRoundAsync(conn, tx, three)));

        await rows.AddAsync("c");
        await using (var tx = await conn.BeginTransactionAsync())
            Assert.Equal((3, true, false), Flags(await ClaimRoundAsync(conn, tx, three)));

        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        var holding = (await ClaimRoundAsync(holder, held, three)).Rows;
        Assert.Equal(3, holding.Count); // a, b and c held by a round in flight
        await rows.AddAsync("a");
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var claim = await ClaimRoundAsync(conn, tx, three);
            Assert.Equal((0, false, true), Flags(claim));
            var a = holding.Single(r => r.AggregateId == "a").Sequence;
            Assert.Equal([a], claim.Waiting.Keys); // b and c: nothing behind (0850)
            Assert.True(claim.Waiting[a] > a); // the lane's last due row, the one added
        }
        await held.RollbackAsync();

        await using (var dispatched = new NpgsqlCommand($"UPDATE \"{TestDbContext.SchemaName}\".outbox_messages SET dispatched_at = now()", conn))
            await dispatched.ExecuteNonQueryAsync();
        for (var n = 0; n < 29; n++) await rows.AddAsync($"held-{n}", dueIn: TimeSpan.FromHours(1));
        var edgeHead = await rows.AddAsync("edge"); // the thirtieth: the window is full
        await rows.AddAsync("edge");
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var claim = await ClaimRoundAsync(conn, tx, three);
            Assert.Equal([edgeHead], claim.Rows.Select(r => r.Id)); // its follower is past the edge
            Assert.True(claim.LeftBehind);
        }

        await using (var dispatched = new NpgsqlCommand($"UPDATE \"{TestDbContext.SchemaName}\".outbox_messages SET dispatched_at = now() WHERE aggregate_id = 'edge'", conn))
            await dispatched.ExecuteNonQueryAsync();
        await rows.AddAsync("held-29", dueIn: TimeSpan.FromHours(1));
        await using (var tx = await conn.BeginTransactionAsync()) // a full window of held rows: nothing to claim again at once
            Assert.Equal((0, false, false), Flags(await ClaimRoundAsync(conn, tx, three)));
    }

    /// <summary>Decision 0850: a round holding a lane takes the lane's rows committed since its claim, after its own last
    /// row, in sequence, up to the lane's first row waiting out a backoff; a parked row holds nothing back and is not
    /// taken (it is a lane of its own); another lane is not touched.</summary>
    [Fact]
    public async Task A_round_takes_its_lanes_later_rows_in_sequence_up_to_a_backoff_and_no_parked_row()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        var rows = new Rows(conn);
        await rows.AddAsync("held");
        await rows.AddAsync("stopped");
        await rows.AddAsync("other");
        await using var tx = await conn.BeginTransactionAsync();
        var claimed = await ClaimAsync(conn, tx);
        Assert.Equal(3, claimed.Count);

        await using var writer = new NpgsqlConnection(database.ConnectionString);
        await writer.OpenAsync();
        var later = new Rows(writer);
        var held1 = await later.AddAsync("held");
        await later.AddAsync("held", attempts: Parked, dueIn: TimeSpan.FromMinutes(-1));
        var held2 = await later.AddAsync("held");
        var stopped1 = await later.AddAsync("stopped");
        await later.AddAsync("stopped", attempts: 1, dueIn: TimeSpan.FromHours(1));
        await later.AddAsync("stopped");
        await later.AddAsync("other");

        var lanes = claimed.Where(r => r.AggregateId != "other").Select(r => (OutboxLane.Of(r), r.Sequence)).ToList();
        var store = new OutboxStore(new OutboxSql(TestDbContext.SchemaName), new OutboxOptions());
        var behind = await store.ClaimBehindAsync(conn, tx, lanes, CancellationToken.None);

        Assert.Equal([held1, held2, stopped1], behind.Select(r => r.Id)); // in sequence, as published lane by lane
    }

    /// <summary>Decision 0762: the planner's estimate of the pending rows is what the statistics said at the last
    /// analyze, often none (every row dispatched). The claim's plan then nested loops over its window; 3,000 due lanes
    /// compared each lane with every window row, 9 million comparisons (2.6–5.8 s). The claim now joins no two of its
    /// window's sets on a value: the comparisons are counted in the plan, custom and generic.</summary>
    [Theory]
    [InlineData("force_custom_plan")]
    [InlineData("force_generic_plan")]
    public async Task A_window_the_statistics_do_not_know_of_is_claimed_without_comparing_every_lane_with_every_row(string planCacheMode)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        var table = $"\"{TestDbContext.SchemaName}\".outbox_messages";
        await ExecuteAsync(conn, $"ALTER TABLE {table} SET (autovacuum_enabled = false); ANALYZE {table}");
        await ExecuteAsync(conn, $$"""
            INSERT INTO {{table}} (id, aggregate_id, kind, message_type, payload, created_at)
            SELECT gen_random_uuid(), 'case-' || g, 'integration', 'Probe', '{}', now() FROM generate_series(1, 3000) g
            """);

        await using var tx = await conn.BeginTransactionAsync();
        await ExecuteAsync(conn, $"SET LOCAL plan_cache_mode = {planCacheMode}; PREPARE claim(int, int) AS {new OutboxSql(TestDbContext.SchemaName).Claim}");
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE claim(500, 10)", conn, tx);
        using var plan = System.Text.Json.JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        var top = plan.RootElement[0].GetProperty("Plan");

        Assert.Equal(501, top.GetProperty("Actual Rows").GetInt32()); // 500 heads and the claim's last row
        Assert.InRange(Removed(top), 0, 3000);
    }

    /// <summary>The rows a plan's joins compared and dropped ("Rows Removed by Join Filter"), summed over its nodes.</summary>
    private static long Removed(System.Text.Json.JsonElement node)
    {
        var removed = node.TryGetProperty("Rows Removed by Join Filter", out var r) ? r.GetInt64() * node.GetProperty("Actual Loops").GetInt64() : 0;
        if (node.TryGetProperty("Plans", out var children))
            foreach (var child in children.EnumerateArray()) removed += Removed(child);
        return removed;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static (int Rows, bool LeftBehind, bool Skipped) Flags(OutboxClaim claim) => (claim.Rows.Count, claim.LeftBehind, claim.Skipped);

    private static Task<OutboxClaim> ClaimRoundAsync(NpgsqlConnection conn, NpgsqlTransaction tx, OutboxOptions options) =>
        new OutboxStore(new OutboxSql(TestDbContext.SchemaName), options).ClaimAsync(conn, tx, CancellationToken.None);

    private static async Task<List<OutboxRow>> ClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, OutboxOptions? options = null) =>
        (await ClaimRoundAsync(conn, tx, options ?? new OutboxOptions())).Rows;

    private sealed class Rows(NpgsqlConnection conn)
    {
        public async Task<Guid> AddAsync(
            string aggregate, string kind = "integration", bool dispatched = false, int attempts = 0, TimeSpan? dueIn = null)
        {
            var id = OutboxIds.Next();
            await using var cmd = new NpgsqlCommand(
                $$"""
                INSERT INTO "{{TestDbContext.SchemaName}}".outbox_messages
                  (id, aggregate_id, kind, message_type, payload, created_at, dispatched_at, attempts, next_attempt_at)
                VALUES ($1, $2, $3, 'Probe', '{}', now(), CASE WHEN $4 THEN now() END, $5, now() + $6)
                """, conn);
            cmd.Parameters.Add(new NpgsqlParameter { Value = id });
            cmd.Parameters.Add(new NpgsqlParameter { Value = aggregate });
            cmd.Parameters.Add(new NpgsqlParameter { Value = kind });
            cmd.Parameters.Add(new NpgsqlParameter { Value = dispatched });
            cmd.Parameters.Add(new NpgsqlParameter { Value = attempts });
            cmd.Parameters.Add(new NpgsqlParameter { Value = dueIn is { } d ? d : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Interval });
            await cmd.ExecuteNonQueryAsync();
            return id;
        }
    }
}
