using Linkage.Approval.Domain;
using Linkage.Approval.Domain.Rules;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Approval.Features.DecideTask;

/// <summary>Checks the body before anything is read or written; every problem is named by its field.</summary>
public static class DecisionValidator
{
    public const int MaxReason = 2000;
    public const int MaxLegalBasis = 500;
    public const int MaxMaterials = 50;

    public static (ReviewCommand? Command, FieldErrors Errors) Validate(DecisionRequest? request)
    {
        var errors = new FieldErrors();
        if (request is null) return (null, errors.Add("body", "A decision is required."));
        if (!KebabEnum.TryParse<ReviewAction>(request.Decision, out var action))
            return (null, errors.Add("decision", "Use approve, reject, request-supplement, start-special-procedure, "
                + "conclude-special-procedure, extend, reassign or sign-off."));

        var reason = Trimmed(request.Reason);
        var legalBasis = Trimmed(request.LegalBasis);
        errors.Require(reason is not { Length: > MaxReason }, "reason", $"At most {MaxReason} characters.")
            .Require(legalBasis is not { Length: > MaxLegalBasis }, "legalBasis", $"At most {MaxLegalBasis} characters.");
        var command = action switch
        {
            ReviewAction.Approve or ReviewAction.Reject => Decision(action, reason, legalBasis, errors),
            ReviewAction.RequestSupplement => Supplement(request, reason, errors),
            ReviewAction.StartSpecialProcedure => SpecialProcedureOf(request, errors),
            ReviewAction.ConcludeSpecialProcedure => new ReviewCommand.ConcludeSpecialProcedure(reason),
            ReviewAction.Extend => Extension(request, reason, errors),
            ReviewAction.Reassign => Reassignment(request, errors),
            _ => new ReviewCommand.SignOff(reason),
        };
        return errors.Any ? (null, errors) : (command, errors);
    }

    private static ReviewCommand Decision(ReviewAction action, string? reason, string? legalBasis, FieldErrors errors)
    {
        var decision = action == ReviewAction.Approve ? ReviewDecision.Approve : ReviewDecision.Reject;
        errors.Check(new RejectionNeedsReasonRule(decision, reason));
        return new ReviewCommand.Decide(new DepartmentDecision(decision, reason, legalBasis));
    }

    private static ReviewCommand Supplement(DecisionRequest request, string? reason, FieldErrors errors)
    {
        var materials = request.Materials ?? [];
        errors.Require(reason is not null, "reason", "Say what is missing and why.")
            .Require(materials.Count is > 0 and <= MaxMaterials, "materials", $"List 1 to {MaxMaterials} materials.");
        for (var i = 0; i < materials.Count; i++)
        {
            errors.Require(Trimmed(materials[i]?.Code) is { Length: <= 64 }, $"materials[{i}].code", "A material code (at most 64 characters) is required.")
                .Require(Trimmed(materials[i]?.Name) is { Length: <= 200 }, $"materials[{i}].name", "A material name (at most 200 characters) is required.");
        }
        return new ReviewCommand.RequestSupplement(reason ?? "",
            materials.Select(m => new MaterialRequest(Trimmed(m?.Code) ?? "", Trimmed(m?.Name) ?? "")).ToList());
    }

    private static ReviewCommand SpecialProcedureOf(DecisionRequest request, FieldErrors errors)
    {
        var known = KebabEnum.TryParse<SpecialProcedure>(request.Procedure, out var procedure);
        var notice = Trimmed(request.Notice);
        errors.Require(known, "procedure", "Use hearing, testing or expert-review.")
            .Require(notice is { Length: <= MaxReason }, "notice", $"The written notice to the applicant is required (at most {MaxReason} characters).");
        return new ReviewCommand.StartSpecialProcedure(procedure, notice ?? "");
    }

    private static ReviewCommand Extension(DecisionRequest request, string? reason, FieldErrors errors)
    {
        errors.Require(request.WorkingDays is > 0, "workingDays", "A positive number of working days is required.")
            .Require(reason is not null, "reason", "An extension must give its reason.");
        return new ReviewCommand.Extend(request.WorkingDays ?? 0, reason ?? "");
    }

    private static ReviewCommand Reassignment(DecisionRequest request, FieldErrors errors)
    {
        var subject = Trimmed(request.AssigneeSubject);
        errors.Require(subject is { Length: <= 128 }, "assigneeSubject", "The reviewer to hand the task to is required.")
            .Require(Trimmed(request.AssigneeName) is not { Length: > 200 }, "assigneeName", "At most 200 characters.");
        return new ReviewCommand.Reassign(subject ?? "", Trimmed(request.AssigneeName) ?? subject ?? "");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
