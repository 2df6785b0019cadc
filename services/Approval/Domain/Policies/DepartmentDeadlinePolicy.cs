using Linkage.Kernel;

namespace Linkage.Approval.Domain.Policies;

/// <summary>A department's deadline: its limit in working days counted from the acceptance day (which itself
/// does not count), on the State Council calendar. A department without its own limit shares the case's due date.</summary>
public sealed class DepartmentDeadlinePolicy(WorkingDayCalendar calendar)
{
    public DateOnly Deadline(DateOnly acceptedOn, int limitWorkingDays, DateOnly caseDueDate) =>
        limitWorkingDays > 0 ? calendar.AddWorkingDays(acceptedOn, limitWorkingDays) : caseDueDate;
}
