using Linkage.Messaging.Tests.Infrastructure;
using Npgsql;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>Decision 0700: an aggregate's integration rows and its federation rows are two lanes of the claim, each
/// in its own order, so a forwarded case's federation event does not wait a round for its local CaseSubmitted. A claimed
/// head brings its own lane's later rows, not the other lane's (0692).</summary>
public sealed class LaneTests
{
    private static readonly FederationRoute Route = new("linkage.test.probe.v1", "case-1", "330102000000");

    [Fact]
    public async Task A_round_claims_both_lanes_of_an_aggregate_and_each_lane_stays_in_order()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.Publish(new RecoveredEvent("case-1", 1), "case-1");
            db.PublishFederated(new FederationProbe("case-1", 1, Sequence: 1), Route);
            db.Publish(new RecoveredEvent("case-1", 2), "case-1");
            db.PublishFederated(new FederationProbe("case-1", 2, Sequence: 2), Route);
            await db.SaveChangesAsync();
        }
        var all = await RowsAsync(database);

        var claimed = await ClaimRowsAsync(database);
        Assert.Equal(all, claimed.Select(r => r.Id)); // both heads, each with its lane's next row
        Assert.Equal([all[0], all[2]], claimed.Where(r => r.Kind == OutboxKind.Integration).Select(r => r.Id));
        Assert.Equal([all[1], all[3]], claimed.Where(r => r.Kind == OutboxKind.Federation).Select(r => r.Id));
    }

    [Fact]
    public async Task A_lane_whose_head_is_claimed_elsewhere_holds_back_only_that_lane()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.PublishFederated(new FederationProbe("case-1", 1, Sequence: 1), Route);
            db.PublishFederated(new FederationProbe("case-1", 2, Sequence: 2), Route);
            db.Publish(new RecoveredEvent("case-1", 1), "case-1");
            await db.SaveChangesAsync();
        }
        var all = await RowsAsync(database);

        // another replica's round holds the federation lane's head (locked, not yet marked)
        await using var other = new NpgsqlConnection(database.ConnectionString);
        await other.OpenAsync();
        await using var tx = await other.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand(
            $"SELECT 1 FROM \"{TestDbContext.SchemaName}\".outbox_messages WHERE id = $1 FOR UPDATE", other, tx))
        {
            hold.Parameters.Add(new NpgsqlParameter { Value = all[0] });
            await hold.ExecuteScalarAsync();
        }

        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using (var mine = await conn.BeginTransactionAsync())
            Assert.Equal([all[2]], await ClaimAsync(conn, mine)); // the integration lane goes; the federation lane's next row does not overtake its locked head
        await tx.RollbackAsync();
        await using (var mine = await conn.BeginTransactionAsync())
            Assert.Equal(all, await ClaimAsync(conn, mine));
    }

    private static async Task<List<Guid>> RowsAsync(OutboxDatabase database)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT id FROM \"{TestDbContext.SchemaName}\".outbox_messages ORDER BY sequence", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    private static async Task<List<OutboxRow>> ClaimRowsAsync(OutboxDatabase database)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var rows = (await new OutboxStore(new OutboxSql(TestDbContext.SchemaName), new OutboxOptions()).ClaimAsync(conn, tx, CancellationToken.None)).Rows;
        return rows.OrderBy(r => r.Sequence).ToList();
    }

    private static async Task<List<Guid>> ClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        var rows = (await new OutboxStore(new OutboxSql(TestDbContext.SchemaName), new OutboxOptions()).ClaimAsync(conn, tx, CancellationToken.None)).Rows;
        return rows.OrderBy(r => r.Sequence).Select(r => r.Id).ToList();
    }
}
