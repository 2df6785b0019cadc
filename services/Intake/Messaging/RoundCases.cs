using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>The cases a round of federation events (decision 0648) or a batch of local ones (0678) touches, read in one
/// statement before the round is handled. A case the round adds is found by the round's later events, so a round
/// touching one case twice changes one row. Outside a round (an event applied alone) each case is read on its own.</summary>
internal sealed class RoundCases
{
    private Dictionary<Guid, IntakeCase>? round;

    public async Task LoadAsync(IntakeDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        round = await db.Cases.Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    public async Task<IntakeCase?> FindAsync(IntakeDbContext db, Guid id, CancellationToken ct) =>
        round is null ? await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct) : round.GetValueOrDefault(id);

    /// <summary>In a round with <paramref name="untracked"/>, the new case goes there instead of the tracker (decision 0791).</summary>
    public void Add(IntakeDbContext db, IntakeCase @case, ArrivedCases? untracked = null)
    {
        if (round is not null && untracked is not null) untracked.Add(@case);
        else db.Cases.Add(@case);
        round?.TryAdd(@case.Id, @case);
    }
}
