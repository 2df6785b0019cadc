namespace Linkage.Messaging;

/// <summary>What <see cref="AuditVerifier"/> found: rows per chain, and every break (the first 1,000).</summary>
public sealed class AuditReport
{
    private const int MaxBreaks = 1000;

    public Dictionary<string, long> Chains { get; } = new(StringComparer.Ordinal);

    public List<AuditBreak> Breaks { get; } = [];

    public bool Intact => Breaks.Count == 0;

    internal void Break(string chain, long seq, string what)
    {
        if (Breaks.Count < MaxBreaks) Breaks.Add(new AuditBreak(chain, seq, what));
    }
}

public sealed record AuditBreak(string Chain, long Seq, string What);
