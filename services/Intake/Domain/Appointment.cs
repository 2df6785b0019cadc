namespace Linkage.Intake.Domain;

/// <summary>预约: one applicant booked one window slot at the competent centre for a matter.</summary>
public sealed record Appointment(
    Guid Id, string MatterCode, string OrgUnitId, string Division, DateOnly Date, TimeOnly Start,
    string ApplicantDigest, string ApplicantName, string BookedBy, DateTimeOffset BookedAt);
