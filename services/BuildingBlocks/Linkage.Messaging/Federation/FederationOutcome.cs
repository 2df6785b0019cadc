namespace Linkage.Messaging;

/// <summary>What became of a delivered CloudEvent; the adapters map it to ack/requeue/dead-letter or
/// SUCCESS/RETRY/DROP.</summary>
internal enum FederationOutcome
{
    Handled,
    /// <summary>Its target division is outside every subtree this deployment serves.</summary>
    NotServed,
    NoHandler,
    /// <summary>Unreadable envelope or data: retrying cannot help.</summary>
    BadEvent,
    /// <summary>A handler threw: worth retrying.</summary>
    Failed,
}
