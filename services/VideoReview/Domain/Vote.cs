namespace Linkage.VideoReview.Domain;

/// <summary>One reviewing seat's vote: a rejection or a supplement request gives its reasons; a supplement request
/// names the catalog codes of the materials still needed (补正材料).</summary>
public sealed record Vote(string OrgUnitId, string? DepartmentId, VoteChoice Choice, string? Remark)
{
    public List<string> Materials { get; init; } = [];

    public bool IsFor(Participant seat) => seat.Is(OrgUnitId, DepartmentId);
}
