using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class OutboxAtomicityTests
{
    [Fact]
    public async Task State_and_outbox_rows_commit_together()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var widget = new Widget { Name = "committed" };
        await using (var db = database.NewContext())
        {
            db.Widgets.Add(widget);
            db.Publish(new WidgetCreated(widget.Id, widget.Name), widget.Id.ToString());
            db.PublishFederated(new FederationProbe("k", 1), new FederationRoute("linkage.test.probe.v1", "k", "330102000000"));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        Assert.True(await check.Widgets.AnyAsync(w => w.Id == widget.Id));
        var rows = await check.OutboxMessages.OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal([OutboxKind.Integration, OutboxKind.Federation], rows.Select(r => r.Kind));
        Assert.Equal("Linkage.Messaging.Tests.WidgetCreated, Linkage.Messaging.Tests", rows[0].MessageType);
        Assert.Contains("\"widgetId\"", rows[0].Payload);
        Assert.Equal(7, rows[0].Id.Version);
        Assert.True(rows[0].Sequence < rows[1].Sequence);
        Assert.All(rows, r => Assert.Null(r.DispatchedAt));
        Assert.Equal(("linkage.test.probe.v1", "k", "330102000000"), (rows[1].MessageType, rows[1].Subject, rows[1].TargetDivision));
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_neither_state_nor_message()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var widget = new Widget { Name = "rolled-back" };
            db.Widgets.Add(widget);
            db.Publish(new WidgetCreated(widget.Id, widget.Name), widget.Id.ToString());
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.Widgets.CountAsync());
        Assert.Equal(0, await check.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task A_failing_save_writes_no_message()
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
            db.Publish(new WidgetCreated(duplicate.Id, duplicate.Name), duplicate.Id.ToString());
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Widgets.CountAsync());
        Assert.Equal(0, await check.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Publish_rejects_a_target_that_is_not_a_division_code()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var db = database.NewContext();
        Assert.Throws<ArgumentException>(() =>
            db.PublishFederated(new FederationProbe("k", 1), new FederationRoute("linkage.test.probe.v1", "k", "3301")));
    }
}
