namespace Linkage.Office.Domain;

/// <summary>否定报备: one negative decision on a case filed with the centre's management. Approval first: held until
/// a manager approves or returns it. Reported: the clerk files it before <see cref="ReportBy"/>, else it is unfiled and
/// supervision hears of it once.</summary>
public sealed class NegativeFiling
{
    private NegativeFiling() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string OrgUnitId { get; private set; } = "";
    public string Division { get; private set; } = "";
    public FilingKind Kind { get; private set; }
    public Guid? TaskId { get; private set; } // a held rejection: approval's task it decides (decision 0562)
    public string? DepartmentId { get; private set; }
    public FilingStatus Status { get; private set; }
    public string Reason { get; private set; } = "";
    public string RaisedBy { get; private set; } = "";
    public string RaisedByName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }
    public DateTimeOffset? ReportBy { get; private set; }
    public string? Explanation { get; private set; }
    public string? LegalBasis { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset? FlaggedAt { get; private set; }

    /// <summary>A refusal, or a department's rejection, held for approval (审批后出具).</summary>
    public static NegativeFiling Held(NegativeFact fact, FilingKind kind, string by, string byName) =>
        New(fact, kind, FilingStatus.AwaitingApproval, by, byName, issuedAt: null, reportBy: null);

    /// <summary>A decision issued already, to be reported before <paramref name="reportBy"/>.</summary>
    public static NegativeFiling Issued(NegativeFact fact, FilingKind kind, DateTimeOffset reportBy) =>
        New(fact, kind, FilingStatus.Due, "", "", fact.At, reportBy);

    /// <summary>A refusal issued where it needed approval first: unfiled from the start.</summary>
    public static NegativeFiling IssuedUnapproved(NegativeFact fact, DateTimeOffset now)
    {
        var filing = New(fact, FilingKind.Refusal, FilingStatus.Unfiled, "", "", fact.At, fact.At);
        filing.FlaggedAt = now;
        return filing;
    }

    public bool IsDecided => Status is not FilingStatus.AwaitingApproval;

    public void Approve(string by, string? note, DateTimeOffset at) =>
        (Status, DecidedBy, DecidedAt, Note, IssuedAt) = (FilingStatus.Approved, by, at, note, at);

    /// <summary>A returned decision proposed again: held for approval with the new reason.</summary>
    public void HoldAgain(NegativeFact fact, string by, string byName) =>
        (Status, Reason, LegalBasis, RaisedBy, RaisedByName, RaisedAt, DecidedBy, DecidedAt, Note) =
        (FilingStatus.AwaitingApproval, fact.Reason, fact.LegalBasis, by, byName, fact.At, null, null, null);

    public void Return(string by, string? note, DateTimeOffset at) => (Status, DecidedBy, DecidedAt, Note) = (FilingStatus.Returned, by, at, note);

    public void Report(string by, string byName, string explanation, string? legalBasis, DateTimeOffset at) =>
        (Status, RaisedBy, RaisedByName, Explanation, LegalBasis, DecidedAt) = (FilingStatus.Reported, by, byName, explanation, legalBasis, at);

    public void Flag(DateTimeOffset at) => (Status, FlaggedAt) = (FilingStatus.Unfiled, at);

    private static NegativeFiling New(
        NegativeFact fact, FilingKind kind, FilingStatus status, string by, string byName, DateTimeOffset? issuedAt, DateTimeOffset? reportBy) => new()
    {
        Id = Guid.CreateVersion7(fact.At), CaseId = fact.CaseId, CaseNumber = fact.CaseNumber, MatterCode = fact.MatterCode,
        OrgUnitId = fact.OrgUnitId, Division = fact.Division, Kind = kind, Status = status, Reason = fact.Reason,
        RaisedBy = by, RaisedByName = byName, RaisedAt = fact.At, IssuedAt = issuedAt, ReportBy = reportBy,
        TaskId = fact.TaskId, DepartmentId = fact.DepartmentId, LegalBasis = fact.LegalBasis,
    };
}

/// <summary>What intake or approval said about a case: which case, where, why and when; for a department's rejection
/// also its task, the department and the legal basis.</summary>
public sealed record NegativeFact(
    Guid CaseId, string CaseNumber, string MatterCode, string OrgUnitId, string Division, string Reason, DateTimeOffset At,
    Guid? TaskId = null, string? DepartmentId = null, string? LegalBasis = null);
