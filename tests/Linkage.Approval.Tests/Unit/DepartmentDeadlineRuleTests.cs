using Linkage.Approval.Domain.Policies;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Unit;

public sealed class DepartmentDeadlineRuleTests
{
    private readonly DepartmentDeadlinePolicy rule = new(WorkingDayCalendar.China);

    [Fact]
    public void Deadlines_skip_the_national_day_holiday_and_count_the_make_up_saturday()
    {
        // 2025: Oct 1–8 off, Saturday Oct 11 is a make-up working day; the acceptance day does not count.
        var deadline = rule.Deadline(new DateOnly(2025, 9, 30), 5, new DateOnly(2025, 12, 31));

        Assert.Equal(new DateOnly(2025, 10, 14), deadline);
    }

    [Fact]
    public void An_ordinary_week_counts_five_working_days()
    {
        Assert.Equal(new DateOnly(2025, 9, 8), rule.Deadline(new DateOnly(2025, 9, 1), 5, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_department_without_its_own_limit_shares_the_case_due_date()
    {
        Assert.Equal(new DateOnly(2025, 9, 15), rule.Deadline(new DateOnly(2025, 9, 1), 0, new DateOnly(2025, 9, 15)));
    }
}
