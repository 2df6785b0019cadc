using Linkage.Office.Domain;

namespace Linkage.Office.Features.Filings;

public sealed record FilingView(
    Guid Id, Guid CaseId, string CaseNumber, string MatterCode, string OrgUnitId, FilingKind Kind, FilingStatus Status, string Reason,
    string RaisedBy, string RaisedByName, DateTimeOffset RaisedAt, DateTimeOffset? IssuedAt, DateTimeOffset? ReportBy,
    string? Explanation, string? LegalBasis, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note, DateTimeOffset? FlaggedAt,
    Guid? TaskId, string? DepartmentId)
{
    public static FilingView From(NegativeFiling f) => new(
        f.Id, f.CaseId, f.CaseNumber, f.MatterCode, f.OrgUnitId, f.Kind, f.Status, f.Reason, f.RaisedBy, f.RaisedByName, f.RaisedAt,
        f.IssuedAt, f.ReportBy, f.Explanation, f.LegalBasis, f.DecidedBy, f.DecidedAt, f.Note, f.FlaggedAt, f.TaskId, f.DepartmentId);
}
