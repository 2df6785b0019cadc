namespace Linkage.Intake.Domain;

/// <summary>A bad-credit record (失信记录) against an applicant, by the digest of their ID or credit code;
/// such applicants cannot be accepted with materials deferred (容缺), wherever they apply. One flag per division
/// that recorded it; staff may lift only the flags recorded in their subtree.</summary>
public sealed record CreditFlag(string IdDigest, string Reason, string FlaggedBy, string Division, DateTimeOffset FlaggedAt);
