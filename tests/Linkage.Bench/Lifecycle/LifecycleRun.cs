namespace Linkage.Bench.Lifecycle;

/// <summary>Whole life cycles: the clerk submits, each of the food permit's department reviewers drains their inbox, the
/// certificates module issues. The rate and the approval-to-certificate latency are read from what the suite
/// recorded, over the run's window after a warm-up.</summary>
public sealed class LifecycleRun(
    Uri host, string clerkToken, IReadOnlyList<string> reviewerTokens, IssuedCertificates issued, ReviewBacklog backlog, int reviewerDecisions)
{
    /// <summary><paramref name="Error"/>: why the submissions stopped early; the figures then cover the window until
    /// then. <paramref name="Undecided"/>: the review tasks nobody had decided when the submissions started and when they
    /// ended (<see cref="ReviewBacklog"/>).</summary>
    public sealed record Result(string Name, IssuedCertificates.Window Window, double Seconds, long FailedRequests, (long Start, long End) Undecided, string? Error = null)
    {
        public double PerSecond => Window.Issued / Seconds;

        public long Failures => FailedRequests + (Error is null ? 0 : 1);

        public override string ToString()
        {
            var w = Window;
            return $"{Name}: {PerSecond:0.0} certificates/s issued; last approval to certificate p50 {w.P50Ms:0.0} ms " +
                $"p99 {w.P99Ms:0.0} ms ({w.Issued} in the window, {FailedRequests} failed requests); meanwhile " +
                $"{w.Submitted / Seconds:0.0} cases/s submitted and {w.Decisions / Seconds:0.0} department decisions/s taken; " +
                $"review tasks undecided {Undecided.Start} at the start, {Undecided.End} at the end\n  {w.Stages}" +
                (Error is null ? "" : $"\nFAILED life cycle {Name}: {Error}; the figures above are partial (until it stopped)");
        }
    }

    public Task<Result> SustainedAsync(int clients, TimeSpan warmup, TimeSpan duration) =>
        RunAsync($"sustained, {clients} submitting clients", warmup, async () =>
            (await new LoadRun(host, clerkToken, clients).RunAsync("submit", warmup, duration)).Failed);

    public Task<Result> AtRateAsync(double perSecond, TimeSpan warmup, TimeSpan duration) =>
        RunAsync($"open loop at {perSecond:0} cases/s offered", warmup, () => PacedSubmissions.RunAsync(host, clerkToken, perSecond, warmup + duration));

    private async Task<Result> RunAsync(string name, TimeSpan warmup, Func<Task<long>> submit)
    {
        var undecidedAtStart = await backlog.UndecidedAsync();
        using var stop = new CancellationTokenSource();
        var inboxes = reviewerTokens.Select(t => new ReviewerInbox(host, t, reviewerDecisions)).ToList();
        var working = inboxes.Select(i => i.WorkAsync(stop.Token)).ToList();
        var from = DateTimeOffset.UtcNow + warmup;
        long failedSubmissions = 0;
        string? error = null;
        long undecidedAtEnd = -1;
        DateTimeOffset? submitted = null;
        try
        {
            failedSubmissions = await submit();
            submitted = DateTimeOffset.UtcNow;
            undecidedAtEnd = await backlog.UndecidedAsync();
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
        var to = submitted ?? DateTimeOffset.UtcNow;
        var window = await issued.InAsync(from, to);
        var seconds = Math.Max((to - from).TotalSeconds, 0.001);
        return new Result(name, window, seconds, failedSubmissions + inboxes.Sum(i => i.Failed), (undecidedAtStart, undecidedAtEnd), error);
    }
}
