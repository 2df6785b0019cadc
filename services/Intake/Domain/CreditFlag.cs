namespace Linkage.Intake.Domain;

/// <summary>A bad-credit record (失信记录) against an applicant, by the digest of their ID or credit code;
/// such applicants cannot be accepted with materials deferred (容缺).</summary>
public sealed record CreditFlag(string IdDigest, string Reason, string FlaggedBy, string Division, DateTimeOffset FlaggedAt);
