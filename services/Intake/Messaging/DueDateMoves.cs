using Linkage.Contracts.Federation;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>The case's due date follows approval's: the applicant, the window and the station see the moved date.</summary>
public static class DueDateMoves
{
    public static async Task ApplyAsync(IntakeDbContext db, Guid caseId, DateOnly dueDate, DateTimeOffset at, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case?.MoveDueDate(dueDate) == true) CaseOutbox.Upstream(db, @case, CaseStatusChanged.DueDateMoved, at, dueDate: dueDate);
    }
}
