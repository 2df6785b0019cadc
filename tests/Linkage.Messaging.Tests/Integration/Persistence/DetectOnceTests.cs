using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Persistence;

/// <summary>EF's DetectChanges once per save (decision 0759): a one-batch save detects once and still writes a change
/// made without telling the tracker, and a lookup of a tracked entity detects nothing.</summary>
public sealed class DetectOnceTests
{
    [Fact]
    public async Task A_one_batch_save_detects_once_and_writes_what_it_detected()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var seed = database.NewContext())
        {
            seed.Tallies.Add(new Tally { Name = "detected", Total = 1 });
            await seed.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var tally = await db.Tallies.AsTracking().SingleAsync(t => t.Name == "detected");
            tally.Total = 5; // a plain property set: only DetectChanges sees it
            db.Widgets.Add(new Widget { Name = "w-beside-the-tally" });
            var detections = 0;
            db.ChangeTracker.DetectingAllChanges += (_, _) => detections++;

            await OneBatch.SaveChangesAsync(db, CancellationToken.None);

            Assert.Equal(1, detections);
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            Assert.Equal(EntityState.Unchanged, db.Entry(tally).State);
        }

        Assert.Equal(5, await database.ScalarAsync<int>("SELECT \"Total\" FROM msgtest.tallies WHERE \"Name\" = 'detected'"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.widgets WHERE \"Name\" = 'w-beside-the-tally'"));
    }

    [Fact]
    public async Task A_tracked_lookup_finds_what_the_unit_of_work_added_without_detecting_changes()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var db = database.NewContext();
        db.Widgets.Add(new Widget { Name = "added" });
        var detections = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => detections++;

        var found = db.Tracked<Widget>(w => w.Name == "added");
        var missing = db.Tracked<Widget>(w => w.Name == "never-added");

        Assert.Equal("added", found?.Name);
        Assert.Null(missing);
        Assert.Equal(0, detections);
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        _ = db.Widgets.Local.Count; // Local itself detects: what Tracked saves
        Assert.Equal(1, detections);
    }
}
