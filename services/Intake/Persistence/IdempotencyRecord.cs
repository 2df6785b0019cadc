namespace Linkage.Intake.Persistence;

/// <summary>An <c>Idempotency-Key</c> a caller used, and the case it created.</summary>
public sealed record IdempotencyRecord(string CallerSubject, string Key, Guid CaseId, DateTimeOffset CreatedAt);
