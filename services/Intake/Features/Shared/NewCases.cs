using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>The new cases of a save taken out of the tracker, their rows sent with the save by <see cref="CaseInsert"/>
/// (decision 0830). Only when the save has outbox rows of its own: EF then sends a batch it reads results of, which
/// the rows go last in. Nothing reads a new case from the tracker after its save (<c>NewCaseInsertTests</c>); a save
/// that fails puts them back as added, where EF would have left them.</summary>
internal static class NewCases
{
    public static List<IntakeCase>? Take(IntakeDbContext db) => DetectOnce.Undetected(db, () =>
    {
        List<IntakeCase>? taken = null;
        if (!db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added)) return taken;
        foreach (var entry in db.ChangeTracker.Entries<IntakeCase>().Where(e => e.State == EntityState.Added).ToList())
        {
            // the owner first: a tracked owner's navigation to its owned agent is cleared when the agent is detached
            var (agent, owned) = (entry.Entity.Agent, entry.Reference(c => c.Agent).TargetEntry);
            entry.State = EntityState.Detached;
            if (owned is { State: not EntityState.Detached }) owned.State = EntityState.Detached;
            if (!ReferenceEquals(agent, entry.Entity.Agent))
                throw new InvalidOperationException("Detaching a new case lost its agent.");
            db.SendWithSave(CaseInsert.Of(db.Model, entry.Entity));
            (taken ??= []).Add(entry.Entity);
        }
        return taken;
    });

    /// <summary>After a failed save, which dropped the statements: the cases are added again.</summary>
    public static void PutBack(IntakeDbContext db, List<IntakeCase>? taken)
    {
        if (taken is not null) db.Cases.AddRange(taken);
    }
}
