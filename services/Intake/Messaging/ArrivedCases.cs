using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;

namespace Linkage.Intake.Messaging;

/// <summary>The cases a round of forwarded events takes over (decision 0791): not tracked, written by one COPY in the
/// round's transaction (<see cref="CaseCopy"/>) instead of EF's insert of 58 columns each, its command, parameters and
/// accept. Nothing reads them from the tracker after the round; a later change to a case reads it again.</summary>
internal sealed class ArrivedCases(IntakeDbContext db) : IRoundWrites
{
    private readonly List<IntakeCase> cases = [];

    public bool Pending => cases.Count > 0;

    public void Add(IntakeCase @case) => cases.Add(@case);

    public void Clear() => cases.Clear();

    public Task WriteAsync(CancellationToken ct) => CaseCopy.For(db.Model).WriteAsync(db, cases, ct);
}
