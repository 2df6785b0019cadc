namespace Linkage.Messaging.Tests.Federation;

/// <summary>Registered by a test that wants the probe handlers to apply each event in one batch (decision 0611);
/// without it they use the explicit inbox transaction.</summary>
public sealed record ProbeBatching(bool InOneBatch);
