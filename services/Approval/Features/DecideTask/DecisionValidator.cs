using Linkage.Approval.Domain;
using Linkage.Approval.Domain.Rules;
using Linkage.ServiceDefaults.Json;
using Linkage.ServiceDefaults.Problems;

namespace Linkage.Approval.Features.DecideTask;

/// <summary>Checks the body before anything is read or written; every problem is named by its field.</summary>
public static class DecisionValidator
{
    public const int MaxReason = 2000;
    public const int MaxLegalBasis = 500;

    public static (DepartmentDecision? Decision, FieldErrors Errors) Validate(DecisionRequest? request)
    {
        var errors = new FieldErrors();
        if (request is null) return (null, errors.Add("body", "A decision is required."));
        if (!KebabEnum.TryParse<ReviewDecision>(request.Decision, out var decision))
            return (null, errors.Add("decision", "Use approve or reject."));

        var reason = Trimmed(request.Reason);
        var legalBasis = Trimmed(request.LegalBasis);
        errors.Require(!new RejectionNeedsReasonRule(decision, reason).IsBroken, "reason", "A rejection must give its reason.")
            .Require(reason is not { Length: > MaxReason }, "reason", $"At most {MaxReason} characters.")
            .Require(legalBasis is not { Length: > MaxLegalBasis }, "legalBasis", $"At most {MaxLegalBasis} characters.");
        return errors.Any ? (null, errors) : (new DepartmentDecision(decision, reason, legalBasis), errors);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
