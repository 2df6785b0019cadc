namespace Linkage.Intake.Domain;

/// <summary>One line of a village station's proxy ledger (代办台账): 问事 ask → 受理 accept → 转办 forward →
/// 回复 reply → 建档 archive → 回访 follow-up → 公示 publish, one step after the other. Accept, forward and reply
/// are taken from the proxy case; the agent records the rest. The principal's ID number is never stored.</summary>
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
    public string? CaseNumber { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    public string? Window { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public DeliveryMode? Delivery { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }
    public bool? FollowUpSatisfied { get; private set; }
    public string? FollowUpNote { get; private set; }
    public DateTimeOffset? FollowedUpAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public static ProxyLedgerEntry Ask(ProxyAsk ask, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), StationOrgUnitId = ask.StationOrgUnitId, StationDivision = ask.StationDivision,
        AgentSubject = ask.AgentSubject, AgentName = ask.AgentName, PrincipalName = ask.Principal.Name,
        PrincipalMaskedId = ask.Principal.MaskedId, PrincipalDigest = ask.Principal.IdDigest, MatterCode = ask.MatterCode,
        Request = ask.Request, Stage = ProxyStage.Asked, AskedAt = now,
    };

    /// <summary>True when <paramref name="step"/> is the next one; steps are never skipped or repeated.</summary>
    public bool IsNext(ProxyStage step) => step == Stage + 1;

    public void Link(Guid caseId, string caseNumber) => (CaseId, CaseNumber) = (caseId, caseNumber);

    public void Accept(DateTimeOffset at) => (AcceptedAt, Stage) = (at, Next(ProxyStage.Accepted));

    public void Forward(string window, DateTimeOffset at) => (Window, ForwardedAt, Stage) = (window, at, Next(ProxyStage.Forwarded));

    public void Reply(DateTimeOffset completedAt, DateTimeOffset now) =>
        (CompletedAt, RepliedAt, Stage) = (completedAt, now, Next(ProxyStage.Replied));

    public void Archive(DeliveryMode delivery, DateTimeOffset now) =>
        (Delivery, ArchivedAt, Stage) = (delivery, now, Next(ProxyStage.Archived));

    public void FollowUp(FollowUpVisit visit, DateTimeOffset now) =>
        (FollowUpOn, FollowUpSatisfied, FollowUpNote, FollowedUpAt, Stage) =
        (visit.On, visit.Satisfied, visit.Note, now, Next(ProxyStage.FollowedUp));

    public void Publish(DateTimeOffset now) => (PublishedAt, Stage) = (now, Next(ProxyStage.Published));

    private ProxyStage Next(ProxyStage step) =>
        IsNext(step) ? step : throw new InvalidOperationException($"Ledger entry {Id} is {Stage}; {step} is not the next step.");
}

public sealed record ProxyAsk(
    string StationOrgUnitId, string StationDivision, string AgentSubject, string AgentName, Applicant Principal,
    string MatterCode, string? Request);

/// <summary>The follow-up visit (回访) after the result reached the principal.</summary>
public sealed record FollowUpVisit(DateOnly On, bool Satisfied, string? Note);

/// <summary>The steps in their only order.</summary>
public enum ProxyStage
{
    Asked,
    Accepted,
    Forwarded,
    Replied,
    Archived,
    FollowedUp,
    Published,
}

/// <summary>How the result reached the principal (送达): at the window, at the village station, or by free mail.</summary>
public enum DeliveryMode
{
    Window,
    VillageStation,
    Mail,
}
