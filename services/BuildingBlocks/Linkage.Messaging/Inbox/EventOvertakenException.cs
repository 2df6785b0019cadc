namespace Linkage.Messaging;

/// <summary>Thrown by a handler whose event overtook one it builds on — approval's ReviewOpened reaching supervision
/// before intake's CaseAccepted does, as after a broker restart or under load. The message is good, only early, so
/// <see cref="TransientFailures"/> waits a little (decision 0413) and then <see cref="OvertakenEvents"/> puts it back at
/// the end of its queue until its predecessor has arrived, never in <c>_error</c> (decision 0574).</summary>
public sealed class EventOvertakenException(string message) : Exception(message);
