namespace Linkage.Office.Domain;

/// <summary>A centre's 否定报备 rules: whether a refusal waits for the management's approval (else it is only
/// reported, within <see cref="ReportWithinHours"/>), and after how many days since receipt a missing-materials notice
/// is filed too. A centre that set nothing reports within a day and files notices after 5 days.</summary>
public sealed class CentreRules
{
    public const int DefaultLateNoticeDays = 5;
    public const int DefaultReportWithinHours = 24;

    private CentreRules() { }

    public CentreRules(string orgUnitId, string division) =>
        (OrgUnitId, Division, LateNoticeDays, ReportWithinHours) = (orgUnitId, division, DefaultLateNoticeDays, DefaultReportWithinHours);

    public string OrgUnitId { get; private set; } = "";

    public string Division { get; private set; } = "";

    public bool ApprovalFirst { get; private set; }

    public int LateNoticeDays { get; private set; }

    public int ReportWithinHours { get; private set; }

    public void Change(bool approvalFirst, int lateNoticeDays, int reportWithinHours) =>
        (ApprovalFirst, LateNoticeDays, ReportWithinHours) = (approvalFirst, lateNoticeDays, reportWithinHours);

    public static CentreRules Default(string orgUnitId, string division) => new(orgUnitId, division);
}
