namespace Linkage.Fees.Domain;

/// <summary>One department's daily reconciliation (日对账) at a centre: what it reports against what was collected
/// (payments less refunds of the day). Any difference is flagged to supervision.</summary>
public sealed class Reconciliation
{
    private Reconciliation() { }

    public Guid Id { get; private set; }
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string DepartmentId { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public long CollectedFen { get; private set; }
    public long ReportedFen { get; private set; }
    public string ReconciledBy { get; private set; } = "";
    public DateTimeOffset ReconciledAt { get; private set; }

    public long DifferenceFen => ReportedFen - CollectedFen;
    public bool Flagged => DifferenceFen != 0;

    public static Reconciliation Make(
        string orgUnitId, string division, string departmentId, DateOnly day, long collected, long reported, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), HandlingOrgUnitId = orgUnitId, HandlingDivision = division, DepartmentId = departmentId,
        Day = day, CollectedFen = collected, ReportedFen = reported, ReconciledBy = by, ReconciledAt = at.ToUniversalTime(),
    };
}
