namespace Linkage.Messaging;

/// <summary>The state of one chain's walk: the row expected next and the hash it must link to.</summary>
internal sealed class ChainWalk(string chain)
{
    private long expectedSeq = 1;
    private byte[] previousHash = [];
    private long rows;
    private readonly Dictionary<long, byte[]> seen = [];

    public string Chain => chain;

    public void Next(AuditRow row, AuditReport report, IReadOnlyDictionary<string, (long Seq, byte[] Hash)> heads)
    {
        rows++;
        if (row.Seq != expectedSeq)
            report.Break(chain, row.Seq, $"row {expectedSeq} is missing (found {row.Seq} next): deleted or reordered");
        else if (!row.PrevHash.AsSpan().SequenceEqual(previousHash))
            report.Break(chain, row.Seq, $"row {row.Seq} does not link to the row before it: deleted or reordered");
        if (!AuditCanonical.Hash(row.PrevHash, row).AsSpan().SequenceEqual(row.Hash))
            report.Break(chain, row.Seq, $"row {row.Seq} does not match its hash: tampered");
        if (heads.TryGetValue(chain, out var head) && head.Seq == row.Seq) seen[row.Seq] = row.Hash;
        expectedSeq = row.Seq + 1;
        previousHash = row.Hash;
    }

    public void Finish(AuditReport report, IReadOnlyDictionary<string, (long Seq, byte[] Hash)> heads)
    {
        report.Chains[chain] = rows;
        if (!heads.TryGetValue(chain, out var head)) return;
        if (!seen.TryGetValue(head.Seq, out var hash))
            report.Break(chain, head.Seq, $"the chain ends at row {expectedSeq - 1} but its signed head is at row {head.Seq}: rows cut off");
        else if (!hash.AsSpan().SequenceEqual(head.Hash))
            report.Break(chain, head.Seq, $"row {head.Seq} differs from its signed head: rewritten");
    }
}
