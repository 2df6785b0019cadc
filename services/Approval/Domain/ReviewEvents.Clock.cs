using Linkage.Contracts.Events.Approval;

namespace Linkage.Approval.Domain;

public static partial class ReviewEvents
{
    public static ClockStopped ClockStopped(ReviewCase c, ReviewTask t, string notice) =>
        new(c.Id, c.CaseNumber, t.DepartmentId, KindName(c.ClockStopKind!.Value), notice, c.ClockStoppedOn!.Value, c.ClockStoppedAt!.Value);

    public static ClockResumed ClockResumed(ReviewCase c, ClockResumption r, DateTimeOffset at) =>
        new(c.Id, c.CaseNumber, KindName(r.Kind), r.StoppedWorkingDays, c.DueDate, r.ResumedOn, at);

    public static SupplementRequested SupplementRequested(ReviewCase c, ReviewTask t, ReviewCommand.RequestSupplement r, DateTimeOffset at) =>
        new(c.Id, c.CaseNumber, t.DepartmentId, r.Materials.Select(m => new RequestedMaterial(m.Code, m.Name)).ToList(), r.Reason, at);

    public static DeadlineExtended Extended(ReviewCase c, ReviewTask t, ReviewCommand.Extend e, DateTimeOffset at) =>
        new(c.Id, t.Id, t.DepartmentId, e.WorkingDays, e.Reason, t.Deadline, c.DueDate, at);

    public static string KindName(ClockStopKind kind) => kind == ClockStopKind.ExpertReview ? "expert-review" : kind.ToString().ToLowerInvariant();
}
