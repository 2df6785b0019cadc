using Linkage.Bench.Lifecycle;

namespace Linkage.Architecture.Tests;

/// <summary>The life cycle's flooded runs (tests/Linkage.Bench, decision 0802): their reviewers get the run's own cases
/// only, each once its review has opened, every department the same cases; a case whose review never opened goes to no
/// reviewer, and a case nobody created in the run is never there to decide.</summary>
public sealed class RunCasesTests
{
    [Fact]
    public async Task Every_department_gets_the_runs_own_cases_once_their_reviews_opened_and_nothing_else()
    {
        var (first, second, ended) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var firstOpens = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opening = new Dictionary<Guid, Task> { [first] = firstOpens.Task, [second] = Task.CompletedTask, [ended] = Task.FromCanceled(new CancellationToken(true)) };
        var cases = new RunCases(id => opening[id], departments: 3, TimeSpan.FromMinutes(1));

        cases.Add(first); // its review opens later
        cases.Add(second); // open already
        cases.Add(ended); // the run ended before its review opened

        await ReadEachAsync(second);
        firstOpens.SetResult();
        await ReadEachAsync(first);
        Assert.Equal([first, second, ended], cases.Created);
        Assert.Equal(0, cases.NotOpened); // a run that ended is not a review that never opened

        async Task ReadEachAsync(Guid expected)
        {
            for (var department = 0; department < 3; department++)
            {
                Assert.Equal(expected, await cases.For(department).ReadAsync());
                Assert.False(cases.For(department).TryRead(out _)); // nothing else: not the ended case, not a case of no run
            }
        }
    }

    [Fact]
    public void A_case_whose_review_does_not_open_in_time_goes_to_no_reviewer_and_counts()
    {
        var cases = new RunCases(_ => new TaskCompletionSource().Task, departments: 3, giveUp: TimeSpan.Zero);

        cases.Add(Guid.NewGuid());

        Assert.Equal(1, cases.NotOpened);
        Assert.False(cases.For(0).TryRead(out _));
    }
}
