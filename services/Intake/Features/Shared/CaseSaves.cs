using Linkage.Intake.Domain;
using Linkage.Intake.Features.ProxyLedger;
using Linkage.Intake.Messaging;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>The one save path of a case (办件): what its changes announce goes to the outbox and a proxy case records
/// its ledger steps, in the same transaction as the case; a case or ledger line someone else changed meanwhile (xmin)
/// is a conflict, answered 409 with nothing written.</summary>
public sealed class CaseSaves(IntakeDbContext db, TimeProvider clock)
{
    /// <summary>Stages the follow-ups of every tracked case, for this class's save and the inbox's. The cases are listed
    /// without EF's DetectChanges: a case is tracked from its <c>Add</c> or its read on, which detection cannot change
    /// while no entity navigates to a case (<c>CaseNavigationTests</c>), and what a case announces is its own list of
    /// changes, not the tracker's states; the save that follows detects once (decisions 0759, 0815).</summary>
    public async Task StageAsync(CancellationToken ct)
    {
        foreach (var c in DetectOnce.Undetected(db, () => db.ChangeTracker.Entries<IntakeCase>().Select(e => e.Entity).ToList()))
        {
            var changes = c.TakeChanges();
            if (changes.Count == 0) continue;
            CaseOutbox.Announce(db, c, changes, clock);
            if (changes.Any(x => x is CaseChange.Received or CaseChange.Moved)) await ProxyCaseSteps.RecordAsync(db, c, ct);
        }
    }

    /// <summary>Stages and saves; false when someone else changed a case or ledger line meanwhile.</summary>
    public Task<bool> SaveAsync(CancellationToken ct) => SaveAsync(ct, accept: true);

    /// <summary>As <see cref="SaveAsync(CancellationToken)"/>, for a request whose last use of the context this save
    /// is: its changes are not accepted into the tracker's snapshots, which nothing reads after it (0834).</summary>
    public Task<bool> SaveLastAsync(CancellationToken ct) => SaveAsync(ct, accept: false);

    private async Task<bool> SaveAsync(CancellationToken ct, bool accept)
    {
        await StageAsync(ct);
        // the last point where a client gone away stops the request; a save once begun completes, so a case
        // committed is answered and forwarded, and no cancel request races its commit (decision 0726)
        ct.ThrowIfCancellationRequested();
        var inserted = NewCases.Take(db); // a new case's row goes with the save without EF's insert (decision 0830)
        try
        {
            // a new case: one round trip, no BEGIN and COMMIT (decision 0568)
            await OneBatch.SaveChangesAsync(db, CancellationToken.None, accept);
            return true;
        }
        catch (Exception e)
        {
            NewCases.PutBack(db, inserted);
            if (e is DbUpdateConcurrencyException) return false;
            throw;
        }
        finally
        {
            if (!accept) db.ForgetSaved(); // the last save: what it kept for a retry must not go with another
        }
    }

    /// <summary>Saves and answers with the case as it is now, or 409.</summary>
    public async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> SaveAndViewAsync(IntakeCase c, CancellationToken ct) =>
        await SaveAsync(ct)
            ? TypedResults.Ok(CaseView.From(c))
            : Raced(c);

    public static ProblemHttpResult Raced(IntakeCase c) => Problems.Conflict($"Case {c.CaseNumber} was changed meanwhile; reload it and try again.");
}
