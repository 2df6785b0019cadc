namespace Linkage.VideoReview.Domain;

/// <summary>At least one and at most <see cref="Max"/> participants, none twice.</summary>
public static class ParticipantsPolicy
{
    public const int Max = 30;

    public static bool Holds(IReadOnlyList<Participant> participants) =>
        participants.Count is > 0 and <= Max && participants.Distinct().Count() == participants.Count;
}
