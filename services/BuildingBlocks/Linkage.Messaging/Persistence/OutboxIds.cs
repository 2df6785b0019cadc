namespace Linkage.Messaging;

/// <summary>UUID v7 ids that strictly increase within the process. EF Core orders the INSERTs of one SaveChanges by
/// key, and two plain v7 ids of the same millisecond compare at random; increasing ids keep the sequence column
/// (the dispatch order) equal to the order in which the messages were queued.</summary>
internal static class OutboxIds
{
    private static readonly Lock Gate = new();
    private static Guid last;

    public static Guid Next()
    {
        var candidate = Guid.CreateVersion7();
        lock (Gate)
        {
            last = candidate.CompareTo(last) > 0 ? candidate : Increment(last);
            return last;
        }
    }

    /// <summary>Adds one to the random tail (bytes 9–15 big-endian), leaving version and variant bits alone.</summary>
    private static Guid Increment(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        for (var i = 15; i > 8; i--)
        {
            if (++bytes[i] != 0) break;
        }
        return new Guid(bytes, bigEndian: true);
    }
}
