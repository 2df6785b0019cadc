using Linkage.ServiceDefaults.Json;
using Linkage.ServiceDefaults.Problems;
using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.ConcludeSession;

public static class ConcludeSessionValidator
{
    public static (ValidConclusion? Conclusion, FieldErrors Errors) Validate(ConcludeSessionRequest request, ReviewSession session)
    {
        var errors = new FieldErrors();
        var minutes = request.Minutes?.Trim();
        errors.Require(minutes is { Length: > 0 and <= SessionLimits.MinutesLength }, "minutes",
            $"The minutes (纪要) are required, at most {SessionLimits.MinutesLength} characters.");
        if (!KebabEnum.TryParse<ReviewDecision>(request.Decision, out var decision))
            errors.Add("decision", "Use approved, rejected, supplement-required or adjourned.");
        var votes = VotesOf(request.Votes, session, errors);
        return errors.Any ? (null, errors) : (new ValidConclusion(minutes!, decision, votes), errors);
    }

    private static List<Vote> VotesOf(IReadOnlyList<VoteInput>? inputs, ReviewSession session, FieldErrors errors)
    {
        var votes = new List<Vote>();
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
        {
            var input = inputs![i];
            var department = string.IsNullOrWhiteSpace(input.DepartmentId) ? null : input.DepartmentId.Trim();
            var remark = string.IsNullOrWhiteSpace(input.Remark) ? null : input.Remark.Trim();
            var vote = new Vote(input.OrgUnitId?.Trim() ?? "", department, default, remark);
            if (!KebabEnum.TryParse<VoteChoice>(input.Choice, out var choice))
                errors.Add($"votes[{i}].choice", "Use approve, reject or abstain.");
            else if (!VotesFromParticipantsRule.Allows(vote, session.Participants))
                errors.Add($"votes[{i}].orgUnitId", "Only participants of the session vote.");
            else if (votes.Any(v => v.OrgUnitId == vote.OrgUnitId && v.DepartmentId == vote.DepartmentId))
                errors.Add($"votes[{i}].orgUnitId", "Each participant votes once.");
            else if (choice == VoteChoice.Reject && remark is null)
                errors.Add($"votes[{i}].remark", "A rejection gives its reasons (驳回理由).");
            else if (remark is { Length: > SessionLimits.RemarkLength })
                errors.Add($"votes[{i}].remark", $"At most {SessionLimits.RemarkLength} characters.");
            else votes.Add(vote with { Choice = choice });
        }
        return votes;
    }
}
