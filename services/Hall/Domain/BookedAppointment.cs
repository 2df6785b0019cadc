namespace Linkage.Hall.Domain;

/// <summary>The hall's copy of an Intake appointment (预约): its slot, when it begins in China time, gives the ticket
/// priority. Only the applicant's digest is kept, never the ID number.</summary>
public sealed record BookedAppointment(
    Guid Id, string MatterCode, string OrgUnitId, string Division, DateOnly Date, TimeOnly Start, string ApplicantIdDigest)
{
    public DateTimeOffset SlotBegins => new DateTimeOffset(Date.ToDateTime(Start), Linkage.Kernel.ChinaTime.StandardOffset).ToUniversalTime();
}
