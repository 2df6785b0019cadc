using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;

namespace Linkage.Ratings.Tests;

public static class IntakeEvents
{
    public static CaseAccepted Accepted(string applicantDigest, string handling, string? handlingOrgUnit = null)
    {
        var acceptedOn = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow).AddDays(-10);
        return new CaseAccepted(Guid.NewGuid(), $"{handling}-{acceptedOn:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}",
            "000121010000", "食品经营许可", "11350926MB0000000X000121010000", 1, handlingOrgUnit ?? DemoOrgUnit(handling), handling,
            "ou-350926100201-station", "350926100201", new ApplicantSummary("person", "陈美华", "350926********0020", applicantDigest, null),
            DateTimeOffset.UtcNow.AddDays(-10), acceptedOn, WorkingDayCalendar.China.AddWorkingDays(acceptedOn, 10), 10);
    }

    /// <summary>The demo users' org unit of a division: ou-350926-centre (county), ou-350926100-centre (town),
    /// ou-350926100201-station (village).</summary>
    public static string DemoOrgUnit(string division) =>
        division.EndsWith("000000", StringComparison.Ordinal) ? $"ou-{division[..6]}-centre"
        : division.EndsWith("000", StringComparison.Ordinal) ? $"ou-{division[..9]}-centre"
        : $"ou-{division}-station";

    public static CaseCompleted Completed(CaseAccepted a, string channel = "online", DateTimeOffset? at = null) => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId,
        a.SubmittedAtDivision, a.Applicant.IdDigest, "approved", a.AcceptedOn, a.DueDate, at ?? DateTimeOffset.UtcNow,
        ChinaTime.ToLocalDate(at ?? DateTimeOffset.UtcNow), channel);
}
