namespace Linkage.Webhooks.Domain;

/// <summary>Where a case is handled, learnt from intake's events, so an event naming only the case (CertificateIssued…)
/// reaches the subscribers of the handling unit's subtree: the submitting unit's division until acceptance names the
/// handling one (承办单位).</summary>
public sealed class CaseUnit
{
    private CaseUnit() { }

    public CaseUnit(Guid caseId, string division, bool handling) => (CaseId, Division, Handling) = (caseId, division, handling);

    public Guid CaseId { get; private set; }
    public string Division { get; private set; } = "";
    public bool Handling { get; private set; }

    public void HandledIn(string division) => (Division, Handling) = (division, true);
}
