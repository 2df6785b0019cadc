namespace Linkage.Intake.Domain;

/// <summary>One application (办件) from receipt to completion.</summary>
public sealed class IntakeCase
{
    private IntakeCase() { }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string MatterName { get; private set; } = "";
    public string ImplementationCode { get; private set; } = "";
    public int ImplementationVersion { get; private set; }
    public Channel Channel { get; private set; }
    public string SubmittedAtOrgUnitId { get; private set; } = "";
    public string SubmittedAtDivision { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingOrgUnitName { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public Applicant Applicant { get; private set; } = null!;
    public ProxyAgent? Agent { get; private set; }
    public CaseStatus Status { get; private set; }
    public List<string> SubmittedMaterials { get; private set; } = [];
    public List<string> MissingMaterials { get; private set; } = [];
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public int CommittedWorkingDays { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    public DateTimeOffset? ArrivedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? Outcome { get; private set; }

    public bool IsForwarded => SubmittedAtOrgUnitId != HandlingOrgUnitId;

    public static IntakeCase Receive(CaseReceipt receipt, DateTimeOffset now, Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(now),
        CaseNumber = receipt.CaseNumber,
        MatterCode = receipt.MatterCode,
        MatterName = receipt.MatterName,
        ImplementationCode = receipt.ImplementationCode,
        ImplementationVersion = receipt.ImplementationVersion,
        Channel = receipt.Channel,
        SubmittedAtOrgUnitId = receipt.SubmittedAtOrgUnitId,
        SubmittedAtDivision = receipt.SubmittedAtDivision,
        HandlingOrgUnitId = receipt.HandlingOrgUnitId,
        HandlingOrgUnitName = receipt.HandlingOrgUnitName,
        HandlingDivision = receipt.HandlingDivision,
        Applicant = receipt.Applicant,
        Agent = receipt.Agent,
        SubmittedMaterials = [.. receipt.SubmittedMaterials],
        ReceivedAt = now,
    };

    public void Accept(DateTimeOffset now, DateOnly acceptedOn, DateOnly dueDate, int committedWorkingDays)
    {
        Status = CaseStatus.Accepted;
        (AcceptedAt, AcceptedOn, DueDate, CommittedWorkingDays) = (now, acceptedOn, dueDate, committedWorkingDays);
        if (IsForwarded) ForwardedAt = now;
    }

    public void RequestMaterials(IReadOnlyList<string> missing)
    {
        Status = CaseStatus.AwaitingMaterials;
        MissingMaterials = [.. missing];
    }

    public void CompleteAtWindow(DateTimeOffset now, DateOnly today)
    {
        Accept(now, today, today, 0);
        Complete("instant", now);
    }

    /// <summary>The competent unit has the case; false when it had arrived already.</summary>
    public bool MarkArrived(DateTimeOffset now)
    {
        if (ArrivedAt is not null) return false;
        ArrivedAt = now;
        return true;
    }

    public bool Complete(string outcome, DateTimeOffset now)
    {
        if (Status == CaseStatus.Completed) return false;
        (Status, Outcome, CompletedAt) = (CaseStatus.Completed, outcome, now);
        return true;
    }
}
