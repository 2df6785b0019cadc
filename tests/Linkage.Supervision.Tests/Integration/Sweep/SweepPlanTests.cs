using Linkage.Kernel;
using Linkage.Testing.Plans;
using Xunit.Abstractions;

namespace Linkage.Supervision.Tests;

/// <summary>The deadline sweep's cost does not grow with the open cases (issue 12): a pass analysed with EXPLAIN
/// (ANALYZE, BUFFERS) reads its due cases through indexes, never a case table with rows in it from end to end (an empty
/// one, as the timeline and alarms are here, the planner may scan), and reads as many rows with 200,000 open cases
/// as with 100,000 — rows counted, not time. (Below a few tens of thousands the planner rightly prefers to read the
/// small steps table whole in one hash join; from there on the pass reads the same rows whatever the open count.)</summary>
public sealed class SweepPlanTests(SupervisionHostFixture fixture, ITestOutputHelper output) : IClassFixture<SupervisionHostFixture>
{
    private const int Due = 50;

    [Fact]
    public async Task A_pass_reads_only_its_due_cases_through_indexes_as_many_rows_with_twice_the_open_cases()
    {
        var day = ChinaTime.Today(TimeProvider.System).AddDays(35);
        var cases = new OpenSupervisedCases(fixture.Host.ConnectionString, day);
        await cases.AddAsync(0, 100_000);
        var (small, _) = await PassAsync(cases, day, 0);
        await cases.AddAsync(100_000, 200_000);
        var (large, statements) = await PassAsync(cases, day, 150_000);

        Assert.Equal(small, large);
        // a due case is read by each of the pass's statements (the claim, the read with its pending steps, the next
        // checks), its pending step once, and no timeline (decision 0597)
        Assert.True(large["cases"] <= 3 * Due, $"cases: {large["cases"]} rows read for {Due} due");
        Assert.True(large["steps"] <= Due, $"steps: {large["steps"]} rows read for {Due} due");
        Assert.Equal(0, large["timeline_entries"]);
        // with the rules read by the first pass and nothing to raise: claim, read, next checks (0523 needed seven)
        Assert.Equal(3, statements);
    }

    /// <summary>Makes <see cref="Due"/> cases from <paramref name="first"/> due, sweeps once, and checks the plans.</summary>
    private async Task<(IReadOnlyDictionary<string, long> Rows, int Statements)> PassAsync(OpenSupervisedCases cases, DateOnly day, long first)
    {
        await cases.DueAsync(first, first + Due);
        var (swept, plans) = await RecordedSweep.RunAsync(fixture.Host.Services, fixture.Host.ConnectionString, day);
        foreach (var node in plans.SelectMany(p => p.Nodes)) output.WriteLine(node.ToString());

        Assert.Equal(Due, swept);
        Assert.Empty(RecordedSweep.FullScans(plans));
        var claim = plans.First(p => p.Sql.Contains("\"NextCheckOn\" <=", StringComparison.Ordinal));
        Assert.Contains(claim.Reading("cases"), n => n.Index == "IX_cases_NextCheckOn");
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.cases WHERE \"NextCheckOn\" <= DATE '{day:yyyy-MM-dd}'"));
        return (RecordedSweep.RowsRead(plans), plans.Count);
    }
}
