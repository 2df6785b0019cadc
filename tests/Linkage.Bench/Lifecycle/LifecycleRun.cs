namespace Linkage.Bench.Lifecycle;

/// <summary>Whole life cycles, flooded: the clerk submits, each of the food permit's department reviewers decides the
/// run's own cases as their reviews open (<see cref="RunCases"/>), the certificates module issues. The rate and the
/// approval-to-certificate latency are read from what the suite recorded for the run's cases, over the run's window
/// after a warm-up; the review tasks that earlier runs left undecided are counted, not worked on (decision 0802).</summary>
public sealed class LifecycleRun(
    Uri host, string clerkToken, IReadOnlyList<string> reviewerTokens, string postgres, IssuedCertificates issued, ReviewBacklog backlog, int reviewerDecisions)
{
    /// <summary><paramref name="Error"/>: why the submissions stopped early; the figures then cover the window until
    /// then. <paramref name="Undecided"/>: the review tasks nobody had decided when the run started (earlier runs'), and
    /// those of the run's own cases when its submissions ended (<see cref="ReviewBacklog"/>).</summary>
    public sealed record Result(string Name, IssuedCertificates.Window Window, double Seconds, long FailedRequests, (long Earlier, long Own) Undecided, string? Error = null)
    {
        public double PerSecond => Window.Issued / Seconds;

        public long Failures => FailedRequests + (Error is null ? 0 : 1);

        public override string ToString()
        {
            var w = Window;
            return $"{Name}: {PerSecond:0.0} certificates/s issued for its own cases; last approval to certificate p50 {w.P50Ms:0.0} ms " +
                $"p99 {w.P99Ms:0.0} ms ({w.Issued} in the window, {FailedRequests} failed requests or cases); meanwhile " +
                $"{w.Submitted / Seconds:0.0} cases/s submitted and {w.Decisions / Seconds:0.0} department decisions/s taken; " +
                $"review tasks undecided: {Undecided.Earlier} left by earlier runs at its start (not worked on), " +
                $"{Undecided.Own} of its own cases when its submissions ended\n  {w.Stages}" +
                (Error is null ? "" : $"\nFAILED life cycle {Name}: {Error}; the figures above are partial (until it stopped)");
        }
    }

    public Task<Result> SustainedAsync(int clients, TimeSpan warmup, TimeSpan duration) =>
        RunAsync($"sustained, {clients} submitting clients", warmup, async cases =>
            (await new LoadRun(host, clerkToken, clients, cases.Add).RunAsync("submit", warmup, duration)).Failed);

    public Task<Result> AtRateAsync(double perSecond, TimeSpan warmup, TimeSpan duration) =>
        RunAsync($"open loop at {perSecond:0} cases/s offered", warmup, cases =>
            PacedSubmissions.RunAsync(host, clerkToken, perSecond, warmup + duration, created: cases.Add));

    private async Task<Result> RunAsync(string name, TimeSpan warmup, Func<RunCases, Task<long>> submit)
    {
        var undecidedEarlier = await backlog.UndecidedAsync();
        await using var progress = new CaseProgress(postgres);
        progress.Start();
        var cases = new RunCases(progress.ReviewOpenedAsync, reviewerTokens.Count, ClosedLoop.GiveUp);
        using var stop = new CancellationTokenSource();
        var inboxes = reviewerTokens.Select((t, department) => new ReviewerInbox(host, t, cases.For(department), reviewerDecisions)).ToList();
        var working = inboxes.Select(i => i.WorkAsync(stop.Token)).ToList();
        var from = DateTimeOffset.UtcNow + warmup;
        long failedSubmissions = 0;
        string? error = null;
        long undecidedOwn = -1;
        DateTimeOffset? submitted = null;
        try
        {
            failedSubmissions = await submit(cases);
            submitted = DateTimeOffset.UtcNow;
            undecidedOwn = await backlog.UndecidedAsync(cases.Created);
            await Task.Delay(TimeSpan.FromSeconds(3)); // the window's last cases finish their review
        }
        catch (Exception e)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }
        finally
        {
            await stop.CancelAsync();  // the reviewers stop whatever happened, so they do not load the next scenario
            await Task.WhenAll(working);
        }
        if (progress.Failure is { } lost) error ??= $"the progress poll failed: {lost.GetType().Name}: {lost.Message}";
        var to = submitted ?? DateTimeOffset.UtcNow;
        var window = await issued.InAsync(from, to, cases.Created);
        var seconds = Math.Max((to - from).TotalSeconds, 0.001);
        var failed = failedSubmissions + cases.NotOpened + inboxes.Sum(i => i.Failed);
        return new Result(name, window, seconds, failed, (undecidedEarlier, undecidedOwn), error);
    }
}
