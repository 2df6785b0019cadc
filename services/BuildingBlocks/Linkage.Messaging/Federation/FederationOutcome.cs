namespace Linkage.Messaging;

/// <summary>What became of a delivered CloudEvent; the adapters map it to ack/requeue/dead-letter or
/// SUCCESS/RETRY/DROP.</summary>
internal enum FederationOutcome
{
    Handled,
    /// <summary>Its target division is outside every subtree this deployment serves.</summary>
    NotServed,
    /// <summary>Refused (unreadable, of a type nobody here handles, unsigned, forged, out of scope, replayed…): to the quarantine with a reason, applied nowhere.</summary>
    Quarantined,
    /// <summary>Its subject's previous event has not been applied yet: park it (requeue later).</summary>
    Early,
    /// <summary>A handler threw: worth retrying.</summary>
    Failed,
}

/// <summary>An outcome and, for a quarantined event, why (for a failed one, which handler and exception).</summary>
internal readonly record struct FederationVerdict(FederationOutcome Outcome, string? Reason = null)
{
    public static FederationVerdict Quarantine(string reason) => new(FederationOutcome.Quarantined, reason);

    public static implicit operator FederationVerdict(FederationOutcome outcome) => new(outcome);
}
