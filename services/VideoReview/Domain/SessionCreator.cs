namespace Linkage.VideoReview.Domain;

/// <summary>Who scheduled a session, and the division whose subtree may see it.</summary>
public sealed record SessionCreator(string Subject, string Name, string? OrgUnitId, string Division);
