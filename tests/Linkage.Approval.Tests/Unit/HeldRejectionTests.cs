using Linkage.Approval.Domain;
using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Unit;

/// <summary>否定报备 with approval first (decision 0562): a held rejection records nothing on the task, keeps its clock
/// running and is refused where a decision would be.</summary>
public sealed class HeldRejectionTests
{
    private static readonly DepartmentDecision Rejection = new(ReviewDecision.Reject, "场所不符合要求", "《食品经营许可管理办法》第十一条");

    [Fact]
    public void A_held_rejection_leaves_the_task_pending_and_proposes_it_with_its_reason_and_basis()
    {
        var plan = Plans.Open("scjg", "wsjk");
        var due = plan.DueDate;

        var held = Assert.IsType<DecisionOutcome.Held>(plan.HoldRejection(plan.TaskOf("scjg"), Rejection, Plans.Reviewer, Plans.Now));

        Assert.True(held.Task.IsPending);
        var proposal = Assert.IsType<RejectionProposed>(held.Proposal);
        Assert.Equal((held.Task.Id, "scjg", "场所不符合要求", "《食品经营许可管理办法》第十一条", "reviewer"),
            (proposal.TaskId, proposal.DepartmentId, proposal.Reason, proposal.LegalBasis, proposal.ProposedBy));
        Assert.Equal(("rejection-held", "scjg"), (plan.Timeline[^1].Kind, plan.Timeline[^1].DepartmentId));
        Assert.Null(plan.ClockStoppedOn);
        Assert.Equal(due, plan.DueDate);
        Assert.Equal(ReviewCaseStatus.Open, plan.Status);
        Assert.IsType<JoinOutcome.Waiting>(plan.Approve("wsjk").JoinOf()); // the held department has not decided
    }

    [Fact]
    public void A_rejection_is_not_held_for_a_decided_task_nor_by_the_department_holding_the_clock()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Approve("wsjk");
        plan.Apply(plan.TaskOf("scjg"), new ReviewCommand.StartSpecialProcedure(SpecialProcedure.Hearing, "听证告知书"),
            Plans.Reviewer, WorkingDayCalendar.China, Plans.Now);

        Assert.IsType<DecisionOutcome.AlreadyDecided>(plan.HoldRejection(plan.TaskOf("wsjk"), Rejection, Plans.Reviewer, Plans.Now));
        Assert.IsType<DecisionOutcome.ClockStopped>(plan.HoldRejection(plan.TaskOf("scjg"), Rejection, Plans.Reviewer, Plans.Now));
    }

    [Fact]
    public void An_approved_rejection_waits_for_the_clock_its_department_stopped_and_is_recorded_when_it_runs_again()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Approve("wsjk");
        plan.Apply(plan.TaskOf("scjg"), new ReviewCommand.RequestSupplement("缺少健康证明", [new("M01", "健康证明")]),
            Plans.Reviewer, WorkingDayCalendar.China, Plans.Now);
        var approved = new ApprovedRejection("场所不符合要求", "《食品经营许可管理办法》第十一条", "reviewer", "审核员", Plans.Now.AddDays(1));

        Assert.IsType<DecisionOutcome.ClockStopped>(plan.ApproveRejection(plan.TaskOf("scjg"), approved));
        var task = plan.Tasks.Single(t => t.DepartmentId == "scjg");
        Assert.True(task.IsPending);
        Assert.Equal(approved, task.WaitingRejection);
        Assert.Equal("rejection-awaits-clock", plan.Timeline[^1].Kind);

        var resumedAt = Plans.Now.AddDays(7);
        var resumed = plan.ResumeClock(WorkingDayCalendar.China, resumedAt)!;

        Assert.Equal(5, resumed.StoppedWorkingDays);
        Assert.IsType<JoinOutcome.Rejected>(resumed.Rejection!.Join);
        Assert.Equal((ReviewTaskStatus.Rejected, "reviewer", "场所不符合要求", resumedAt), (task.Status, task.DecidedBy, task.Reason, task.DecidedAt));
        Assert.Null(task.WaitingRejection);
        Assert.Equal(ReviewCaseStatus.Rejected, plan.Status);
        Assert.Equal(["clock-resumed", "rejected", "case-rejected"], plan.Timeline.TakeLast(3).Select(e => e.Kind));
        Assert.IsType<DepartmentDecided>(plan.ResumedRejection(resumed)[0]);
    }

    [Fact]
    public void An_approved_rejection_is_recorded_at_once_when_another_department_stopped_the_clock()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Apply(plan.TaskOf("wsjk"), new ReviewCommand.StartSpecialProcedure(SpecialProcedure.Testing, "检验通知书"),
            Plans.Reviewer, WorkingDayCalendar.China, Plans.Now);

        var outcome = plan.ApproveRejection(plan.TaskOf("scjg"), new ApprovedRejection("场所不符合要求", null, "reviewer", "审核员", Plans.Now));

        Assert.IsType<DecisionOutcome.Recorded>(outcome);
        Assert.Null(outcome.Task.WaitingRejection);
        Assert.Equal(ReviewTaskStatus.Rejected, outcome.Task.Status);
    }
}
