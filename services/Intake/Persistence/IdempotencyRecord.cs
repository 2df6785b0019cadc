namespace Linkage.Intake.Persistence;

/// <summary>An <c>Idempotency-Key</c> a caller used, the case it created, and the SHA-256 of the request body it came
/// with (null for keys stored before bodies were hashed).</summary>
public sealed record IdempotencyRecord(string CallerSubject, string Key, Guid CaseId, DateTimeOffset CreatedAt, string? RequestHash = null);
