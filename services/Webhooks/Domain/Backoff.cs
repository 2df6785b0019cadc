namespace Linkage.Webhooks.Domain;

/// <summary>Exponential backoff: the n-th failed attempt waits <c>First · 2^(n-1)</c>, at most <see cref="Cap"/>.</summary>
public sealed record Backoff(TimeSpan First, TimeSpan Cap, int MaxAttempts)
{
    public TimeSpan After(int failedAttempts) =>
        TimeSpan.FromTicks((long)Math.Min(Cap.Ticks, First.Ticks * Math.Pow(2, Math.Min(failedAttempts - 1, 30))));
}
