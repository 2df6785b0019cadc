using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>A submission whose shape is valid; catalog checks come next.
/// <paramref name="MatterCode"/> holds the bundle code when <see cref="Bundle"/> is set.</summary>
public sealed record ValidSubmission(string MatterCode, Channel Channel, string OrgUnitId, Applicant Applicant, IReadOnlyList<string> Materials)
{
    public bool Bundle { get; init; }
}
