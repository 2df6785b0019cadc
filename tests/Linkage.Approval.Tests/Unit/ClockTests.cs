using Linkage.Approval.Domain;
using Linkage.Approval.Domain.Policies;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Unit;

public sealed class ClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    [Fact]
    public void Resuming_moves_every_open_deadline_and_the_due_date_by_the_stopped_working_days()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Approve("wsjk");
        var stop = plan.Apply(plan.TaskOf("scjg"), new ReviewCommand.RequestSupplement("缺少健康证明", [new("M01", "健康证明")]),
            Plans.Reviewer, Calendar, Plans.Now);
        Assert.IsType<ActionOutcome.Done>(stop);

        // Stopped Monday 2025-09-01, resumed Monday 2025-09-08: five working days stood still.
        var resumed = plan.ResumeClock(Calendar, Plans.Now.AddDays(7));

        Assert.Equal(5, resumed!.StoppedWorkingDays);
        Assert.Equal(new DateOnly(2025, 9, 15), plan.Tasks.Single(t => t.DepartmentId == "scjg").Deadline);
        Assert.Equal(new DateOnly(2025, 9, 8), plan.Tasks.Single(t => t.DepartmentId == "wsjk").Deadline);
        Assert.Equal(new DateOnly(2025, 9, 22), plan.DueDate);
        Assert.Null(plan.ClockStoppedOn);
    }

    [Fact]
    public void Resuming_across_the_National_Day_holiday_counts_only_working_days()
    {
        var plan = Plans.Open("scjg");
        plan.Apply(plan.TaskOf("scjg"), new ReviewCommand.StartSpecialProcedure(SpecialProcedure.Testing, "检验通知书"),
            Plans.Reviewer, Calendar, new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));

        var resumed = plan.ResumeClock(Calendar, new DateTimeOffset(2025, 10, 10, 10, 0, 0, TimeSpan.FromHours(8)));

        // Oct 1-8 are holidays, Oct 9 and 10 working days, Sat Oct 11 a make-up day (not reached).
        Assert.Equal(2, resumed!.StoppedWorkingDays);
    }

    [Fact]
    public void A_second_stop_while_stopped_is_a_conflict_and_the_stopping_department_cannot_decide()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Apply(plan.TaskOf("scjg"), new ReviewCommand.StartSpecialProcedure(SpecialProcedure.Hearing, "听证告知书"), Plans.Reviewer, Calendar, Plans.Now);

        var second = plan.Apply(plan.TaskOf("wsjk"), new ReviewCommand.RequestSupplement("缺件", [new("M01", "x")]), Plans.Reviewer, Calendar, Plans.Now);

        Assert.IsType<ActionOutcome.Conflict>(second);
        Assert.IsType<DecisionOutcome.ClockStopped>(plan.Approve("scjg"));
        Assert.IsType<DecisionOutcome.Recorded>(plan.Approve("wsjk"));
    }

    [Fact]
    public void Extensions_add_up_to_the_legal_extension_and_no_further()
    {
        var plan = Plans.Open("scjg", "wsjk");
        var task = plan.TaskOf("scjg");

        Assert.IsType<ActionOutcome.Done>(plan.Apply(task, new ReviewCommand.Extend(10, "现场核查"), Plans.Reviewer, Calendar, Plans.Now));
        var beyond = plan.Apply(task, new ReviewCommand.Extend(LegalExtensionPolicy.Joint - 9, "再延"), Plans.Reviewer, Calendar, Plans.Now);

        Assert.Equal("workingDays", Assert.IsType<ActionOutcome.Invalid>(beyond).Field);
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2025, 9, 8), 10), plan.Tasks.Single(t => t.Id == task).Deadline);
        Assert.Equal(10, plan.Tasks.Single(t => t.Id == task).ExtendedWorkingDays);
    }

    [Fact]
    public void N_of_M_approves_with_enough_approvals_and_rejects_below()
    {
        var approved = ReviewCase.Open(Plans.Accepted(), Plans.Departments("a", "b", "c"), Plans.Now, new ReviewRules(2, false));
        approved.Approve("a");
        approved.Reject("b");
        Assert.IsType<JoinOutcome.Approved>(approved.Approve("c").JoinOf());

        var rejected = ReviewCase.Open(Plans.Accepted(), Plans.Departments("a", "b", "c"), Plans.Now, new ReviewRules(2, true));
        rejected.Approve("a");
        rejected.Reject("b");
        Assert.IsType<JoinOutcome.Rejected>(rejected.Reject("c").JoinOf());
    }
}
