using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>A submission whose shape is valid; catalog checks come next.</summary>
public sealed record ValidSubmission(AppliedFor AppliedFor, Channel Channel, string OrgUnitId, Applicant Applicant, IReadOnlyList<string> Materials);

/// <summary>What the application is for: one matter (事项), or a one-thing bundle (一件事一次办) of several.</summary>
public sealed record AppliedFor(string Code, bool IsBundle)
{
    public static AppliedFor Matter(string code) => new(code, false);

    public static AppliedFor Bundle(string code) => new(code, true);
}
