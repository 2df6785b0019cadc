using Linkage.ServiceDefaults.Json;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.ConcludeSession;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>One vote: by a reviewing seat of the session, only the caller's own (each department votes for itself);
/// reasons for a rejection or a supplement request, and the materials a supplement request needs.</summary>
public static class VoteValidator
{
    public const int MaxMaterials = 50;

    public static Vote? Validate(VoteInput input, string at, ReviewSession session, Participant? seat, FieldErrors errors)
    {
        var department = string.IsNullOrWhiteSpace(input.DepartmentId) ? null : input.DepartmentId.Trim();
        var remark = string.IsNullOrWhiteSpace(input.Remark) ? null : input.Remark.Trim();
        var vote = new Vote(input.OrgUnitId?.Trim() ?? "", department, default, remark);
        var materials = (input.Materials ?? []).Select(m => m?.Trim()).ToList();
        if (!KebabEnum.TryParse<VoteChoice>(input.Choice, out var choice))
            errors.Add(Field(at, "choice"), "Use approve, reject, request-supplement or abstain.");
        else if (!session.Participants.Any(vote.IsFor))
            errors.Add(Field(at, "orgUnitId"), "Only the reviewing participants of the session vote.");
        else if (seat is null || !vote.IsFor(seat))
            errors.Add(Field(at, "departmentId"), "Each department votes only for itself.");
        else if (choice is VoteChoice.Reject or VoteChoice.RequestSupplement && remark is null)
            errors.Add(Field(at, "remark"), "A rejection or a supplement request gives its reasons (理由).");
        else if (remark is { Length: > SessionLimits.RemarkLength })
            errors.Add(Field(at, "remark"), $"At most {SessionLimits.RemarkLength} characters.");
        else if (choice == VoteChoice.RequestSupplement && (materials.Count is 0 or > MaxMaterials || materials.Any(m => m is not { Length: > 0 and <= SessionLimits.IdLength })))
            errors.Add(Field(at, "materials"), $"A supplement request names 1 to {MaxMaterials} material codes (at most {SessionLimits.IdLength} characters each).");
        else return vote with { Choice = choice, Materials = choice == VoteChoice.RequestSupplement ? [.. materials.OfType<string>()] : [] };
        return null;
    }

    private static string Field(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";
}
