using Linkage.ServiceDefaults.Json;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;

namespace Linkage.VideoReview.Features.ConcludeSession;

public static class ConcludeSessionValidator
{
    public static (ValidConclusion? Conclusion, FieldErrors Errors) Validate(ConcludeSessionRequest request, ReviewSession session, Participant? seat)
    {
        var errors = new FieldErrors();
        var minutes = request.Minutes?.Trim();
        errors.Require(minutes is { Length: > 0 and <= SessionLimits.MinutesLength }, "minutes",
            $"The minutes (纪要) are required, at most {SessionLimits.MinutesLength} characters.");
        if (!KebabEnum.TryParse<ReviewDecision>(request.Decision, out var decision))
            errors.Add("decision", "Use approved, rejected, supplement-required or adjourned.");
        var votes = new List<Vote>();
        for (var i = 0; i < (request.Votes?.Count ?? 0); i++)
        {
            if (VoteValidator.Validate(request.Votes![i], $"votes[{i}]", session, seat, errors) is not { } vote) continue;
            if (votes.Any(v => v.OrgUnitId == vote.OrgUnitId && v.DepartmentId == vote.DepartmentId))
                errors.Add($"votes[{i}].orgUnitId", "Each participant votes once.");
            else votes.Add(vote);
        }
        return errors.Any ? (null, errors) : (new ValidConclusion(minutes!, decision, votes), errors);
    }
}
