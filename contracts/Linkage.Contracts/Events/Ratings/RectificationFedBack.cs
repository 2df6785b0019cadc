namespace Linkage.Contracts.Events.Ratings;

/// <summary>整改结果反馈: the rater is told how their bad rating was dealt with and may add one follow-up rating (追评).</summary>
public sealed record RectificationFedBack(
    Guid RectificationId,
    Guid RatingId,
    string ApplicantIdDigest,
    string Resolution,   // "fix-at-once" | "ledger" | "explanation"
    string Result,
    DateTimeOffset FedBackAt);
