namespace Linkage.Ratings.Features.Rectifications;

/// <summary>回访核实: what the rater said when the unit reached them through the relay.</summary>
public sealed record VisitRequest(string? Note);

/// <summary>分类处置: fix-at-once or explanation with the result told to the rater; ledger with the plan; appeal
/// with the reason.</summary>
public sealed record ClassifyRequest(string? Resolution, string? Text);

/// <summary>台账整改完成: the result told to the rater.</summary>
public sealed record CompleteRequest(string? Result);

/// <summary>申诉裁定: uphold (the rating leaves the figures) or overturn (the unit must deal with it), and why.</summary>
public sealed record AppealDecisionRequest(string? Decision, string? Reason);

/// <summary>追评: the rater's one follow-up rating after the result was fed back.</summary>
public sealed record FollowUpRequest(int? Grade, string? Comment);
