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

    private static Task<List<OutboxRow>> ClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, OutboxOptions? options = null) =>
        new OutboxStore(new OutboxSql(TestDbContext.SchemaName), options ?? new OutboxOptions()).ClaimAsync(conn, tx, CancellationToken.None);

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
