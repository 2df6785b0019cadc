namespace Linkage.Messaging;

/// <summary>The dispatcher's wait for a wake-up while it finds nothing: <see cref="OutboxOptions.PollingInterval"/>,
/// doubled after each empty poll up to <see cref="OutboxOptions.IdlePollingInterval"/>, and back to the first once a row
/// is claimed or a commit in this process wakes it. The poll is only the fallback for rows this process was not told
/// of (another replica's or process's, a retry coming due), so an idle module asks a few times a minute, not every
/// second (decision 0607).</summary>
internal sealed class IdleWait(OutboxOptions options)
{
    private readonly TimeSpan longest = options.IdlePollingInterval > options.PollingInterval ? options.IdlePollingInterval : options.PollingInterval;
    private TimeSpan next = options.PollingInterval;

    public void Reset() => next = options.PollingInterval;

    public TimeSpan Next()
    {
        var wait = next;
        next = wait * 2 < longest ? wait * 2 : longest;
        return wait;
    }
}
