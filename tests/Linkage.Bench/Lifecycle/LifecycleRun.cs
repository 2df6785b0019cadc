namespace Linkage.Bench.Lifecycle;

/// <summary>Whole life cycles: the clerk submits, every county department reviewer drains their inbox, the
/// certificates module issues. The rate and the approval-to-certificate latency are read from what the suite
/// recorded, over the run's window after a warm-up.</summary>
public sealed class LifecycleRun(Uri host, string clerkToken, IReadOnlyList<string> reviewerTokens, IssuedCertificates issued)
{
    public sealed record Result(string Name, IssuedCertificates.Window Window, double PerSecond, long FailedRequests)
    {
        public override string ToString() =>
            $"{Name}: {PerSecond:0.0} certificates/s issued; last approval to certificate p50 {Window.P50Ms:0.0} ms " +
            $"p99 {Window.P99Ms:0.0} ms ({Window.Issued} in the window, {FailedRequests} failed requests)";
    }

    public Task<Result> SustainedAsync(int clients, TimeSpan warmup, TimeSpan duration) =>
        RunAsync($"sustained, {clients} submitting clients", warmup, async () =>
            (await new LoadRun(host, clerkToken, clients).RunAsync("submit", warmup, duration)).Failed);

    public Task<Result> AtRateAsync(double perSecond, TimeSpan warmup, TimeSpan duration) =>
        RunAsync($"at {perSecond:0} cases/s", warmup, () => PacedSubmissions.RunAsync(host, clerkToken, perSecond, warmup + duration));

    private async Task<Result> RunAsync(string name, TimeSpan warmup, Func<Task<long>> submit)
    {
        using var stop = new CancellationTokenSource();
        var inboxes = reviewerTokens.Select(t => new ReviewerInbox(host, t)).ToList();
        var working = inboxes.Select(i => i.WorkAsync(stop.Token)).ToList();
        var from = DateTimeOffset.UtcNow + warmup;
        var failedSubmissions = await submit();
        var to = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(3)); // the window's last cases finish their review
        await stop.CancelAsync();
        await Task.WhenAll(working);
        var window = await issued.InAsync(from, to);
        return new Result(name, window, window.Issued / (to - from).TotalSeconds, failedSubmissions + inboxes.Sum(i => i.Failed));
    }
}
