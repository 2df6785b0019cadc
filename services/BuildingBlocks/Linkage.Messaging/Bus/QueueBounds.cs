namespace Linkage.Messaging;

/// <summary>How much a <see cref="BoundQueue"/> keeps when nobody takes from it (decision 0656): at most
/// <paramref name="MaxLength"/> messages, each for at most <paramref name="Ttl"/>. A message past either bound is
/// dead-lettered to <c>{queue}-expired</c> (the oldest first), which keeps at most as many again and then drops its
/// oldest, so a deployment without a relay holds a bounded amount in its broker.</summary>
public sealed record QueueBounds(long MaxLength, TimeSpan Ttl)
{
    public const string ExpiredSuffix = "-expired";

    public static string ExpiredOf(string queue) => queue + ExpiredSuffix;

    /// <summary>The queue's arguments: length and age bounded, the overflow and the expired sent on.</summary>
    public Dictionary<string, object?> Arguments(string queue) => new()
    {
        ["x-max-length"] = MaxLength,
        ["x-overflow"] = "drop-head",
        ["x-message-ttl"] = (long)Ttl.TotalMilliseconds,
        ["x-dead-letter-exchange"] = "",
        ["x-dead-letter-routing-key"] = ExpiredOf(queue),
    };

    /// <summary>The expired queue's arguments: as long again, the oldest dropped for good.</summary>
    public Dictionary<string, object?> ExpiredArguments() => new()
    {
        ["x-max-length"] = MaxLength,
        ["x-overflow"] = "drop-head",
    };
}
