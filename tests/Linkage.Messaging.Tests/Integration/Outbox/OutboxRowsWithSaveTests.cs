using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>A save's outbox rows go as one statement sent last in its batch (decision 0784): one insert of every row,
/// in the save's transaction, the sequence in the order they were queued; a save with nothing of its own to insert or
/// delete writes them through the tracker; a failed save leaves them tracked as EF would, so nothing is lost or doubled.</summary>
public sealed class OutboxRowsWithSaveTests
{
    private const string Route = "linkage.test.probe.v1";

    [Fact]
    public async Task The_rows_of_a_save_with_an_insert_go_as_one_statement_in_its_transaction_in_the_order_queued()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var saves = new SaveTexts();
        var widget = new Widget { Name = "w-with-rows" };
        var until = DateTimeOffset.UtcNow.AddMinutes(5);
        using (new Activity("writing request").Start())
        await using (var db = Context(database, saves))
        {
            db.Widgets.Add(widget);
            for (var i = 0; i < 3; i++)
            {
                db.Publish(new WidgetCreated(widget.Id, $"n{i}"), "agg");
                db.PublishFederated(new FederationProbe("k", i), new FederationRoute(Route, "k", "330102000000"));
            }
            OutboxHolds.Hold(db, until); // holds the integration rows: read off the tracker before the save
            await OneBatch.SaveChangesAsync(db, CancellationToken.None);
            Assert.Empty(db.ChangeTracker.Entries<OutboxMessage>()); // not EF's rows: none tracked after the save
        }

        var save = Assert.Single(saves.Texts);
        Assert.Equal(1, Occurrences(save, "outbox_messages"));
        Assert.Contains("unnest(", save);
        await using var check = database.NewContext();
        var rows = await check.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(6, rows.Count);
        Assert.Equal(rows.Select(r => r.Id).Order(), rows.Select(r => r.Id)); // sequence in id order, the order queued
        Assert.Equal(["n0", "n1", "n2"], rows.Where(r => r.Kind == OutboxKind.Integration).Select(r => Field(r, "name").GetString()));
        Assert.Equal([0, 1, 2], rows.Where(r => r.Kind == OutboxKind.Federation).Select(r => Field(r, "level").GetInt32()));
        Assert.All(rows, r => Assert.Equal((0, null, null), (r.Attempts, r.DispatchedAt, r.LastError)));
        Assert.All(rows, r => Assert.StartsWith("00-", r.TraceParent));
        var federation = rows.First(r => r.Kind == OutboxKind.Federation);
        Assert.Equal((Route, "k", "k", "330102000000", (DateTimeOffset?)null),
            (federation.MessageType, federation.AggregateId, federation.Subject, federation.TargetDivision, federation.NextAttemptAt));
        var integration = rows.First(r => r.Kind == OutboxKind.Integration);
        Assert.Equal(("Linkage.Messaging.Tests.WidgetCreated, Linkage.Messaging.Tests", "agg", (string?)null), (integration.MessageType, integration.AggregateId, integration.Subject));
        Assert.Equal(until.ToUnixTimeMilliseconds(), integration.NextAttemptAt?.ToUnixTimeMilliseconds());
        Assert.True(Math.Abs((DateTimeOffset.UtcNow - integration.CreatedAt).TotalHours) < 1);
        // one implicit transaction: the widget and the rows share the transaction id that wrote them
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(DISTINCT xmin::text) FROM (SELECT xmin FROM msgtest.outbox_messages UNION ALL SELECT xmin FROM msgtest.widgets) t"));
    }

    [Fact]
    public async Task A_save_of_rows_alone_writes_them_through_the_tracker()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var saves = new SaveTexts();
        await using (var db = Context(database, saves))
        {
            db.Publish(new WidgetCreated(Guid.NewGuid(), "alone"), "agg");
            await db.SaveChangesAsync();
            var tracked = Assert.Single(db.ChangeTracker.Entries<OutboxMessage>());
            Assert.True(tracked.Entity.Sequence > 0); // read back by EF's own insert
        }

        Assert.DoesNotContain("unnest(", Assert.Single(saves.Texts));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.outbox_messages"));
    }

    [Fact]
    public async Task A_failed_save_leaves_its_rows_tracked_so_the_next_save_writes_them_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.Widgets.Add(new Widget { Name = "taken" });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var duplicate = new Widget { Name = "taken" };
            db.Widgets.Add(duplicate);
            db.Publish(new WidgetCreated(duplicate.Id, "kept"), "agg");
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.outbox_messages"));
            Assert.Equal(EntityState.Added, Assert.Single(db.ChangeTracker.Entries<OutboxMessage>()).State);

            db.Entry(duplicate).State = EntityState.Detached;
            db.Widgets.Add(new Widget { Name = "free" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.outbox_messages WHERE payload->>'name' = 'kept'"));
    }

    [Fact]
    public async Task Rows_dropped_with_the_tracker_are_not_written_by_the_next_save()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.Widgets.Add(new Widget { Name = "lost-attempt" });
            db.Publish(new WidgetCreated(Guid.NewGuid(), "of-the-lost-attempt"), "agg");
            db.ChangeTracker.Clear(); // an attempt given up, as ConcurrentSave and RacedSaves do

            db.Widgets.Add(new Widget { Name = "next-attempt" });
            db.Publish(new WidgetCreated(Guid.NewGuid(), "of-the-next-attempt"), "agg");
            await db.SaveChangesAsync();
        }

        Assert.Equal("of-the-next-attempt", await database.ScalarAsync<string>("SELECT string_agg(payload->>'name', ',') FROM msgtest.outbox_messages"));
    }

    private static JsonElement Field(OutboxMessage row, string name) => JsonDocument.Parse(row.Payload).RootElement.GetProperty(name);

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    private static TestDbContext Context(OutboxDatabase database, SaveTexts saves) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database.ConnectionString).AddInterceptors(saves).Options);

    /// <summary>The text of every command a save sent, as sent (after the statements appended to it).</summary>
    private sealed class SaveTexts : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (eventData.CommandSource == CommandSource.SaveChanges) Texts.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
