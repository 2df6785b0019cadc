using Linkage.ServiceDefaults.Json;
using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.CreateSession;

public static class CreateSessionValidator
{
    public static (ValidSession? Session, FieldErrors Errors) Validate(CreateSessionRequest request, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.Require(request.CaseId is { } id && id != Guid.Empty, "caseId", "The case id is required.");
        if (!KebabEnum.TryParse<ReviewPurpose>(request.Purpose, out var purpose))
            errors.Add("purpose", "Use joint-review, site-inspection or bid-evaluation.");
        if (request.ScheduledAt is not { } at) errors.Add("scheduledAt", "The scheduled time is required.");
        else errors.Require(ScheduledAheadPolicy.Holds(at, now), "scheduledAt", "Schedule the session ahead, within a year.");
        var participants = ParticipantsOf(request.Participants, errors);
        errors.Require(participants.Count < (request.Participants?.Count ?? 0) || ParticipantsPolicy.Holds(participants),
            "participants", $"Name 1 to {ParticipantsPolicy.Max} participants, none twice.");
        return errors.Any ? (null, errors) : (new ValidSession(request.CaseId!.Value, purpose, request.ScheduledAt!.Value, participants), errors);
    }

    private static List<Participant> ParticipantsOf(IReadOnlyList<ParticipantInput>? inputs, FieldErrors errors)
    {
        var participants = new List<Participant>();
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
            if (SeatValidator.Validate(inputs![i], $"participants[{i}]", errors) is { } seat) participants.Add(seat);
        return participants;
    }
}
