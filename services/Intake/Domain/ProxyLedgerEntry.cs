namespace Linkage.Intake.Domain;

/// <summary>One line of a village station's proxy ledger (代办台账): 问事 ask → 受理 accept → 转办 forward →
/// 回复 reply → 建档 archive → 公示 publish. Forwarding and completion are read from the linked case.</summary>
public sealed class ProxyLedgerEntry
{
    private ProxyLedgerEntry() { }

    public Guid Id { get; private set; }
    public string StationOrgUnitId { get; private set; } = "";
    public string StationDivision { get; private set; } = "";
    public string AgentSubject { get; private set; } = "";
    public string AgentName { get; private set; } = "";
    public string PrincipalName { get; private set; } = "";
    public string PrincipalMaskedId { get; private set; } = "";
    public string PrincipalDigest { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string? Request { get; private set; }
    public ProxyStage Stage { get; private set; }
    public DateTimeOffset AskedAt { get; private set; }
    public Guid? CaseId { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public DeliveryMode? Delivery { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }
    public string? FollowUpNote { get; private set; }
    public Satisfaction? FollowUpSatisfaction { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public static ProxyLedgerEntry Ask(ProxyAsk ask, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), StationOrgUnitId = ask.StationOrgUnitId, StationDivision = ask.StationDivision,
        AgentSubject = ask.AgentSubject, AgentName = ask.AgentName, PrincipalName = ask.Principal.Name,
        PrincipalMaskedId = ask.Principal.MaskedId, PrincipalDigest = ask.Principal.IdDigest, MatterCode = ask.MatterCode,
        Request = ask.Request, Stage = ProxyStage.Asked, AskedAt = now,
    };

    public void Accept(Guid caseId, DateTimeOffset now) => (CaseId, AcceptedAt, Stage) = (caseId, now, ProxyStage.Accepted);

    public void Reply(DeliveryMode delivery, DateTimeOffset now) => (Delivery, RepliedAt, Stage) = (delivery, now, ProxyStage.Replied);

    public void Archive(FollowUp visit, DateTimeOffset now) =>
        (FollowUpOn, FollowUpNote, FollowUpSatisfaction, ArchivedAt, Stage) =
        (visit.On, visit.Note, visit.Satisfaction, now, ProxyStage.Archived);

    public void Publish(DateTimeOffset now) => (PublishedAt, Stage) = (now, ProxyStage.Published);
}

public sealed record ProxyAsk(
    string StationOrgUnitId, string StationDivision, string AgentSubject, string AgentName, Applicant Principal,
    string MatterCode, string? Request);

/// <summary>The follow-up visit (回访) after the result reached the principal.</summary>
public sealed record FollowUp(DateOnly On, string? Note, Satisfaction Satisfaction);

public enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

public enum ProxyStage
{
    Asked,
    Accepted,
    Replied,
    Archived,
    Published,
}

/// <summary>How the result reached the principal (送达).</summary>
public enum DeliveryMode
{
    Station,
    Home,
    Mail,
}
