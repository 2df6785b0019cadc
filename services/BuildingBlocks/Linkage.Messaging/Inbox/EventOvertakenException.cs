namespace Linkage.Messaging;

/// <summary>Thrown by a handler whose event overtook one it builds on — approval's ReviewOpened reaching supervision
/// before intake's CaseAccepted does, as after a broker restart or under load. The message is good, only early, so
/// <see cref="TransientFailures"/> waits it out (minutes) instead of the in-memory retry moving it to
/// <c>_error</c> after a second and a half (decision 0413).</summary>
public sealed class EventOvertakenException(string message) : Exception(message);
