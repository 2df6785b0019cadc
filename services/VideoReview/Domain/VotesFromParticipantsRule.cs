namespace Linkage.VideoReview.Domain;

/// <summary>Only participants vote.</summary>
public static class VotesFromParticipantsRule
{
    public static bool Allows(Vote vote, IEnumerable<Participant> participants) =>
        participants.Any(p => p.Is(vote.OrgUnitId, vote.DepartmentId));
}
