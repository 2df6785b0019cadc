namespace Linkage.Messaging.Tests;

// Each test class publishes its own message types: MassTransit binds queues to exchanges named after them, so
// classes running in parallel never see each other's messages.

public sealed record WidgetCreated(Guid WidgetId, string Name);

public sealed record RecoveredEvent(string Key, int N);

public sealed record ReplayProbe(string Key);

public sealed record ReplayFollowUp(string Key);

public sealed record PoisonProbe(string Key, bool Poison);

public sealed record OrderedEvent(string Aggregate, int N);

public sealed record ThroughputEvent(string Aggregate, int N);

public sealed record FederationProbe(string Key, int Level, long Sequence = 1);
public sealed record WokenEvent(string Key);
public sealed record SecondModuleEvent(string Key);
public sealed record FlakyProbe(string Key, int FailuresBeforeSuccess);
public sealed record ParkedProbe(string Aggregate, int N);
public sealed record ErrorReplayProbe(string Key);
public sealed record HolderProbe(string Key, string Name);
public sealed record HolderOpened(string Key);
public sealed record OvertakingProbe(string Key);
public sealed record BatchedProbe(string Key, string Name);
public sealed record IdleProbe(string Key);
public sealed record TallyProbe(string Row, string Key, int Amount);
public sealed record TallyMoved(string Key);
public sealed record FirstReadProbe(string Key, bool Fail);
public sealed record BatchProbe(string Key, bool Poison);
public sealed record ChainProbe(string Aggregate, int N);
public sealed record ArrivedProbe(string Subject, long N);
public sealed record TurnProbe(string Key, Guid Case);
