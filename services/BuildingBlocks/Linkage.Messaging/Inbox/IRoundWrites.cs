namespace Linkage.Messaging;

/// <summary>Rows a round's handlers built without the change tracker (decision 0791). <see cref="InboxRound"/> writes
/// them in the round's transaction, after its inbox rows and before its save, and again in a retried save; they commit
/// or roll back with the round. It clears them before each run of the round's handlers (a round run whole again after a
/// transient failure starts afresh).</summary>
public interface IRoundWrites
{
    /// <summary>Whether the round holds rows to write; a round with none and nothing tracked writes its inbox rows alone.</summary>
    bool Pending { get; }

    Task WriteAsync(CancellationToken ct);

    void Clear();
}
