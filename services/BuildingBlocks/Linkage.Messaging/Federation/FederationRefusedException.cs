namespace Linkage.Messaging;

/// <summary>Thrown by a handler (or the ordering guard) for an event that must change nothing and be quarantined:
/// it names a case of another unit, repeats a sequence number under a new id, and the like.</summary>
public sealed class FederationRefusedException(string reason) : Exception(reason);

/// <summary>Thrown by the ordering guard when the subject's previous event has not been applied yet.</summary>
public sealed class FederationEarlyException(string message) : Exception(message);
