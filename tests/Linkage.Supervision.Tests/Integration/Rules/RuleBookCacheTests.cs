using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using Linkage.Testing.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The rule books kept per process (decision 0597): a warm book costs one statement (the table's stamp), and a
/// rule written by anyone — here straight into the table, as another replica would, without telling this host — is
/// read at the next look, by the consumers' lookups and by the deadline sweep alike.</summary>
public sealed class RuleBookCacheTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_warm_book_reads_only_the_stamp_and_a_change_by_another_writer_is_read_at_the_next_look()
    {
        const string Region = "350926112000";
        var books = new RuleBooks(fixture.Host.Services.GetRequiredService<EffectiveRules>());
        var recorder = new PlanRecorder();
        var options = new DbContextOptionsBuilder<SupervisionDbContext>().UseNpgsql(fixture.Host.ConnectionString).AddInterceptors(recorder).Options;
        await using var db = new SupervisionDbContext(options);

        var cold = (await books.ForAsync(db, Region, CancellationToken.None)).WarnWorkingDays;
        Assert.Equal(2, recorder.Plans.Count); // the stamp, then the table
        recorder.Clear();
        Assert.Equal(cold, (await books.ForAsync(db, Region, CancellationToken.None)).WarnWorkingDays);
        Assert.Single(recorder.Plans); // the stamp only

        await fixture.ExecuteAsync(InsertRules(Region, cold + 2));
        recorder.Clear();
        Assert.Equal(cold + 2, (await books.ForAsync(db, Region, CancellationToken.None)).WarnWorkingDays);
        Assert.Equal(2, recorder.Plans.Count);

        await fixture.ExecuteAsync($"""UPDATE supervision.rule_sets SET "WarnWorkingDays" = {cold + 3} WHERE "Division" = '{Region}'""");
        Assert.Equal(cold + 3, (await books.ForAsync(db, Region, CancellationToken.None)).WarnWorkingDays);
        await fixture.ExecuteAsync($"""DELETE FROM supervision.rule_sets WHERE "Division" = '{Region}'""");
        Assert.Equal(cold, (await books.ForAsync(db, Region, CancellationToken.None)).WarnWorkingDays);
    }

    [Fact]
    public async Task The_sweep_judges_by_a_rule_another_replica_wrote_after_this_host_read_the_rules()
    {
        const string Region = "350926111000";
        var c = Accepted(new DateOnly(2025, 9, 1), 10, Region, Region); // due Monday Sep 15
        await fixture.DeliverAsync(c);
        await fixture.SweepAsync(new DateOnly(2025, 9, 2)); // the host reads the rules; next check on the first warning day

        await fixture.ExecuteAsync(InsertRules(Region, 0)); // warn on the due date only
        await fixture.SweepAsync(new DateOnly(2025, 9, 12)); // one working day left: yellow by the default of 1, not by 0

        Assert.Empty(await fixture.OpenAlarmsAsync(c.CaseId));
        await fixture.SweepAsync(new DateOnly(2025, 9, 15));
        Assert.Equal("yellow", Assert.Single(await fixture.OpenAlarmsAsync(c.CaseId)).GetProperty("level").GetString());
    }

    private static string InsertRules(string region, int warnWorkingDays) => $"""
        INSERT INTO supervision.rule_sets ("Division", "WarnWorkingDays", "Locks", "UpdatedBy", "UpdatedAt")
        VALUES ('{region}', {warnWorkingDays}, '{"{}"}', 'another-replica', now())
        """;
}
