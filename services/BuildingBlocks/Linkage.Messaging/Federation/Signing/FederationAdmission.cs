namespace Linkage.Messaging;

/// <summary>The checks before any handler sees an event: signed by a trusted deployment with a key it published,
/// of a type that deployment may send (0548), sequenced, not older than the inbox remembers (by the sender's clock, which stamped it: a module's fake clock
/// has no say). Whether the signer may speak for the event's origin, in general and for its type (0612), is asked
/// once its data has been read.</summary>
internal sealed class FederationAdmission(FederationTrust trust, FederationOptions options)
{
    public string? Refuse(FederationEvent e)
    {
        if (trust.Verify(e) is { } reason) return reason;
        if (!trust.Sends(e.Signer!, e.Type)) return $"{e.Signer} may not send {e.Type}";
        if (e.Sequence is not > 0) return "no sequence";
        if (e.Time is not { } time) return "no time";
        if (DateTimeOffset.UtcNow - time > options.MaxEventAge) return $"older than {options.MaxEventAge.TotalDays:0} days: a replay";
        return null;
    }

    public string? RefuseOrigin(string signer, string type, string? origin) => trust.RefuseOrigin(signer, type, origin);
}
