namespace Linkage.Fees.Domain;

/// <summary>What one case owes (一窗收费): the entry's fee items with any relief, what was paid and refunded, a
/// waiver, and whether approval has been seen, so that intake is told once the approved case may complete.</summary>
public sealed class FeeAssessment
{
    private FeeAssessment() { }

    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string MatterName { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";

    /// <summary>The department the fee is collected for (执收单位): the entry's signing-off department, else the unit.</summary>
    public string DepartmentId { get; private set; } = "";
    public string ApplicantIdDigest { get; private set; } = "";
    public List<FeeLine> Lines { get; private set; } = [];
    public long PaidFen { get; private set; }
    public long RefundedFen { get; private set; }
    public string? WaiverReason { get; private set; }
    public string? WaivedBy { get; private set; }
    public DateTimeOffset AssessedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? ClearedAt { get; private set; }

    public long DueFen => Lines.Sum(l => l.DueFen);
    public long NetPaidFen => PaidFen - RefundedFen;
    public bool Waived => WaiverReason is not null;
    public long OutstandingFen => Waived ? 0 : Math.Max(0, DueFen - NetPaidFen);
    public bool Settled => OutstandingFen == 0;

    /// <summary>The entry lists a fee (a line, relieved or not): intake's fee gate asks fees about this case and waits
    /// for FeeCleared (decision 0442); for a case whose entry lists none it never asks (decision 0772).</summary>
    public bool ListsFees => Lines.Count > 0;

    public FeeStatus Status => Waived ? FeeStatus.Waived : DueFen == 0 ? FeeStatus.Free : Settled ? FeeStatus.Paid : FeeStatus.Due;

    public static FeeAssessment Assess(AssessedCase c, IEnumerable<FeeLine> lines, DateTimeOffset at) => new()
    {
        CaseId = c.CaseId, CaseNumber = c.CaseNumber, MatterCode = c.MatterCode, MatterName = c.MatterName,
        HandlingOrgUnitId = c.HandlingOrgUnitId, HandlingDivision = c.HandlingDivision, DepartmentId = c.DepartmentId,
        ApplicantIdDigest = c.ApplicantIdDigest, Lines = [.. lines], AssessedAt = at.ToUniversalTime(),
    };

    /// <summary>免征 or 减征 of one item, before anything is paid; a reduction keeps <paramref name="percent"/> off,
    /// rounded down in the applicant's favour.</summary>
    public void Relieve(int line, ReliefKind kind, int percent, string basis)
    {
        var l = Lines[line];
        var due = kind == ReliefKind.Exemption ? 0 : l.ListedFen * (100 - percent) / 100;
        Lines[line] = l with { DueFen = due, Relief = kind == ReliefKind.Exemption ? "exemption" : $"reduction-{percent}", ReliefBasis = basis };
    }

    public void Waive(string reason, string by) => (WaiverReason, WaivedBy) = (reason, by);

    public void Pay(long fen) => PaidFen += fen;

    public void Refund(long fen) => RefundedFen += fen;

    public void Approve(DateTimeOffset at) => ApprovedAt ??= at.ToUniversalTime();

    /// <summary>True once, when the case is both approved and settled: the caller tells intake (FeeCleared).</summary>
    public bool Clear(DateTimeOffset now)
    {
        if (ClearedAt is not null || ApprovedAt is null || !Settled) return false;
        ClearedAt = now.ToUniversalTime();
        return true;
    }
}

/// <summary>The facts of an accepted case the assessment keeps.</summary>
public sealed record AssessedCase(
    Guid CaseId, string CaseNumber, string MatterCode, string MatterName, string HandlingOrgUnitId, string HandlingDivision,
    string DepartmentId, string ApplicantIdDigest);
