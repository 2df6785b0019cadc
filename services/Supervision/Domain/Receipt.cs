namespace Linkage.Supervision.Domain;

/// <summary>收件 (decision 0509): an application this deployment counts as received, once, on the day it was taken —
/// accepted, refused at the window (不予受理), answered with a missing-materials notice or decided at once. Recorded by
/// whichever comes first of intake's <c>CaseSubmitted</c> and the case's first watch (a case forwarded from a station of
/// another deployment arrives accepted). It counts under the handling unit and matter and, as its window, the unit that
/// received it: intake names no hall window for a receipt (0527), only for an acceptance.</summary>
public sealed class Receipt
{
    private Receipt() { }

    public Guid CaseId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string HandlingDivision { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string SubmittedAtOrgUnitId { get; private set; } = "";
    public string SubmittedAtDivision { get; private set; } = "";

    public static Receipt Of(Guid caseId, DateOnly receivedOn, string handlingDivision, string handlingOrgUnitId, string matterCode,
        string submittedAtOrgUnitId, string submittedAtDivision) => new()
    {
        CaseId = caseId, ReceivedOn = receivedOn, HandlingDivision = handlingDivision, HandlingOrgUnitId = handlingOrgUnitId,
        MatterCode = matterCode, SubmittedAtOrgUnitId = submittedAtOrgUnitId, SubmittedAtDivision = submittedAtDivision,
    };

    public static Receipt Of(SupervisedCase c, DateOnly receivedOn) => Of(c.Id, receivedOn, c.HandlingDivision, c.HandlingOrgUnitId,
        c.MatterCode, c.SubmittedAtOrgUnitId, c.SubmittedAtDivision);
}
