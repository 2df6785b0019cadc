using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>A submission whose shape is valid; catalog checks come next.</summary>
public sealed record ValidSubmission(string MatterCode, Channel Channel, string OrgUnitId, Applicant Applicant, IReadOnlyList<string> Materials);
