using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.Appointments;

public sealed record AppointmentView(Guid Id, string MatterCode, string OrgUnitId, string? OrgUnitName, DateOnly Date, TimeOnly Start, string ApplicantName)
{
    public static AppointmentView From(Appointment a, string? orgUnitName = null) =>
        new(a.Id, a.MatterCode, a.OrgUnitId, orgUnitName, a.Date, a.Start, a.ApplicantName);
}
