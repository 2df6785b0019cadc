using Linkage.Contracts.Events.Intake;

namespace Linkage.Approval.Domain;

/// <summary>Who the case is for, as intake recorded it: never the ID number, only its masked form and keyed digest.
/// An organisation's legal representative goes on to the licence the same way (decision 0672).</summary>
public sealed record Holder(string Kind, string Name, string MaskedId, string IdDigest, string? CreditCode,
    LegalRepresentative? LegalRepresentative = null);
