using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;

namespace Linkage.Supervision.Tests;

/// <summary>Intake's events as intake publishes them, for cases on chosen dates.</summary>
public static class IntakeEvents
{
    public const string County = "350926000000";
    public const string Village = "350926100201";
    public const string OtherCounty = "350981000000";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static CaseAccepted Accepted(DateOnly acceptedOn, int workingDays, string handling = County, string submittedAt = Village) =>
        Accepted(acceptedOn, WorkingDayCalendar.China.AddWorkingDays(acceptedOn, workingDays), workingDays, handling, submittedAt);

    public static CaseAccepted Accepted(DateOnly acceptedOn, DateOnly dueDate, int workingDays, string handling = County, string submittedAt = Village)
    {
        var id = Guid.NewGuid();
        return new CaseAccepted(id, $"{submittedAt}-{acceptedOn:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}", "000121010000",
            "食品经营许可", "11350926MB0000000X000121010000", 1, $"ou-{handling}", handling, $"ou-{submittedAt}", submittedAt,
            new ApplicantSummary("person", "陈美华", "350926********0020", "digest", null),
            At(acceptedOn, 9), acceptedOn, dueDate, workingDays);
    }

    public static CaseCompleted Completed(CaseAccepted a, DateOnly completedOn, string outcome = "approved") => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId,
        a.SubmittedAtDivision, "digest", outcome, a.AcceptedOn, a.DueDate, At(completedOn, 16), completedOn);

    /// <summary>收件 of the case <paramref name="a"/> describes, on <paramref name="on"/>, naming its handling unit (decision 0509).</summary>
    public static CaseSubmitted Submitted(CaseAccepted a, DateOnly on) => new(a.CaseId, a.CaseNumber, a.MatterCode, "window",
        a.SubmittedAtOrgUnitId, a.SubmittedAtDivision, At(on, 10), a.HandlingOrgUnitId, a.HandlingDivision);

    /// <summary>A 即办件: decided at the window, announced by CaseCompleted alone.</summary>
    public static CaseCompleted Instant(DateOnly on, string handling = County) =>
        Completed(Accepted(on, on, 0, handling, handling), on, "instant");

    public static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), China);
}
