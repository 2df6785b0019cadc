using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging.Tests.Persistence;

/// <summary>A statement queued with <c>SendWithSave</c> goes in the save's own batch (decision 0754): written in the
/// save's transaction, rolled back with it, and never sent with a later save it was not queued for.</summary>
public sealed class StatementsWithSaveTests
{
    private static FormattableString HolderNamed(string name) => $"INSERT INTO msgtest.holders (\"Id\", \"Name\") VALUES ({Guid.NewGuid()}, {name})";

    [Fact]
    public async Task The_statement_is_written_in_the_one_batch_saves_own_transaction()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.Widgets.Add(new Widget { Name = "w-with-holder" });
            db.SendWithSave(HolderNamed("h-with-widget"));
            await OneBatch.SaveChangesAsync(db, CancellationToken.None);
        }

        // one implicit transaction without BEGIN: the two rows share the transaction id that wrote them
        Assert.Equal(
            await database.ScalarAsync<string>("SELECT xmin::text FROM msgtest.widgets WHERE \"Name\" = 'w-with-holder'"),
            await database.ScalarAsync<string>("SELECT xmin::text FROM msgtest.holders WHERE \"Name\" = 'h-with-widget'"));
    }

    [Fact]
    public async Task A_save_that_fails_writes_nothing_of_the_statement_and_a_statement_that_fails_nothing_of_the_save()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var first = database.NewContext())
        {
            first.Widgets.Add(new Widget { Name = "taken" });
            await first.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Widgets.Add(new Widget { Name = "taken" }); // the unique name fails the save's own insert
            db.SendWithSave(HolderNamed("h-of-a-failed-save"));
            await Assert.ThrowsAsync<DbUpdateException>(() => OneBatch.SaveChangesAsync(db, CancellationToken.None));
        }
        await using (var db = database.NewContext())
        {
            db.Widgets.Add(new Widget { Name = "w-of-a-failed-statement" });
            db.SendWithSave(HolderNamed(new string('x', 201))); // longer than the column's 200
            await Assert.ThrowsAnyAsync<Exception>(() => OneBatch.SaveChangesAsync(db, CancellationToken.None));
        }

        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.holders"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.widgets WHERE \"Name\" = 'w-of-a-failed-statement'"));
    }

    [Fact]
    public async Task A_statement_queued_for_a_save_never_made_does_not_go_with_the_next_use_of_a_pooled_context()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var options = ModuleContextOptions.AddTo(new DbContextOptionsBuilder<TestDbContext>()).UseNpgsql(database.ConnectionString).Options;
        var pool = new PooledDbContextFactory<TestDbContext>((DbContextOptions<TestDbContext>)options, poolSize: 1);

        await using (var abandoned = await pool.CreateDbContextAsync())
            abandoned.SendWithSave(HolderNamed("h-never-saved")); // a request that ended before its save
        await using (var next = await pool.CreateDbContextAsync())
        {
            next.Widgets.Add(new Widget { Name = "w-of-the-next-request" });
            await OneBatch.SaveChangesAsync(next, CancellationToken.None);
        }

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.widgets WHERE \"Name\" = 'w-of-the-next-request'"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.holders"));
    }
}
