namespace Linkage.Approval.Domain;

/// <summary>Who the case is for, as intake recorded it: never the ID number, only its masked form and keyed digest.</summary>
public sealed record Holder(string Kind, string Name, string MaskedId, string IdDigest, string? CreditCode);
