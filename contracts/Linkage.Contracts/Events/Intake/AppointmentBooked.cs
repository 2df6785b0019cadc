namespace Linkage.Contracts.Events.Intake;

/// <summary>预约: an applicant booked a window slot at a centre. The hall's queue (叫号) gives it priority at its slot.</summary>
public sealed record AppointmentBooked(
    Guid AppointmentId,
    string MatterCode,
    string OrgUnitId,
    string Division,
    DateOnly Date,
    TimeOnly Start,
    string ApplicantIdDigest,
    DateTimeOffset BookedAt);
