using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Domain;

/// <summary>One application (办件) from receipt to completion.</summary>
public sealed partial class IntakeCase
{
    private readonly List<CaseChange> changes = [];

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

    /// <summary>受理窗口: the numbered hall window the clerk accepted it at, <c>{centre}#{code}</c> (decision 0527).</summary>
    public string? AcceptedAtWindow { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    public DateTimeOffset? ArrivedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>How many federation events this deployment has sent about the case (their <c>sequence</c>).</summary>
    public long FederationSequence { get; private set; }
    public TimeLimitTerms Limit { get; private set; } = null!;
    public List<string> DeferredMaterials { get; private set; } = [];
    public DateOnly? SupplyBy { get; private set; }
    public List<string> SupplementMaterials { get; private set; } = [];
    public string? SupplementReason { get; private set; }
    public DateTimeOffset? NoticeIssuedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    public bool DeemedAccepted { get; private set; }
    public DateTimeOffset? TerminatedAt { get; private set; }
    public DateTimeOffset? LastSuppliedAt { get; private set; }
    public DateTimeOffset? PreReviewedAt { get; private set; }
    public List<string> PreReviewBring { get; private set; } = [];
    public string? PreReviewNote { get; private set; }

    /// <summary>A one-thing case (一件事一次办): the bundle version and its legs pinned at receipt, else null.</summary>
    public BundleSummary? Bundle { get; private set; }

    /// <summary>查询码: the one-time code for a status look-up at a kiosk, as a hash, until when, and the wrong guesses
    /// since it was issued (decision 0513).</summary>
    public string? StatusCodeHash { get; private set; }
    public DateTimeOffset? StatusCodeExpiresAt { get; private set; }
    public int StatusCodeFailures { get; private set; }

    public bool IsForwarded => SubmittedAtOrgUnitId != HandlingOrgUnitId;

    /// <summary>A forwarded case that has arrived at its competent unit: what happens to it goes down to the station.
    /// A station's copy in a deployment of its own never arrives; what is supplied to it goes up.</summary>
    public bool IsCompetentCopy => IsForwarded && ArrivedAt is not null;

    /// <summary>A new code replaces any earlier one and forgives earlier wrong guesses.</summary>
    public void IssueStatusCode(string hash, DateTimeOffset expiresAt) =>
        (StatusCodeHash, StatusCodeExpiresAt, StatusCodeFailures) = (hash, expiresAt, 0);

    /// <summary>True once for the right, unexpired code, which is then used up; a wrong one counts, and after
    /// <paramref name="maxFailures"/> of them no code opens the case until a new one is issued.</summary>
    public bool RedeemStatusCode(string hash, DateTimeOffset now, int maxFailures)
    {
        if (StatusCodeHash is null || StatusCodeExpiresAt <= now || StatusCodeFailures >= maxFailures) return false;
        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(StatusCodeHash), System.Text.Encoding.ASCII.GetBytes(hash)))
        {
            StatusCodeFailures++;
            return false;
        }
        (StatusCodeHash, StatusCodeExpiresAt) = (null, null);
        return true;
    }

    public static IntakeCase Receive(CaseReceipt receipt, DateTimeOffset now, Guid? id = null)
    {
        var @case = new IntakeCase
        {
            Id = id ?? Guid.CreateVersion7(now),
            CaseNumber = receipt.CaseNumber,
            MatterCode = receipt.Matter.MatterCode,
            MatterName = receipt.Matter.MatterName,
            ImplementationCode = receipt.Matter.ImplementationCode,
            ImplementationVersion = receipt.Matter.ImplementationVersion,
            Channel = receipt.Channel,
            SubmittedAtOrgUnitId = receipt.SubmittedAt.OrgUnitId,
            SubmittedAtDivision = receipt.SubmittedAt.Division,
            HandlingOrgUnitId = receipt.HandledBy.OrgUnitId,
            HandlingOrgUnitName = receipt.HandledBy.Name,
            HandlingDivision = receipt.HandledBy.Division,
            Applicant = receipt.Applicant,
            Agent = receipt.Agent,
            SubmittedMaterials = [.. receipt.SubmittedMaterials],
            ReceivedAt = now,
            Limit = receipt.Matter.Limit,
            Bundle = receipt.Matter.Bundle,
        };
        @case.changes.Add(new CaseChange.Received());
        return @case;
    }

    /// <summary>What happened since the case was loaded or received, handed over once to the save path.</summary>
    public IReadOnlyList<CaseChange> TakeChanges()
    {
        var taken = changes.ToList();
        changes.Clear();
        return taken;
    }

    /// <summary>The materials the case is waiting for: the notice's list, the 容缺 list, or the supplement request.</summary>
    public IReadOnlyList<string> Awaited => Status switch
    {
        CaseStatus.Received or CaseStatus.AwaitingMaterials => MissingMaterials,
        CaseStatus.AwaitingSupplement => SupplementMaterials,
        CaseStatus.Accepted => DeferredMaterials,
        _ => [],
    };

    /// <summary>Taken online: no notice yet; a clerk checks it (Art. 32 deems it accepted after 5 working days).</summary>
    public void AwaitCheck(IReadOnlyList<string> missing)
    {
        Status = CaseStatus.Received;
        MissingMaterials = [.. missing];
    }

    /// <summary>网上预审: a clerk checked the online application before the applicant travels; what to bring.</summary>
    public void PreReview(IReadOnlyList<string> bring, string? note, DateTimeOffset now) =>
        (PreReviewedAt, PreReviewBring, PreReviewNote) = (now, [.. bring], note);

    /// <summary>Accepts from <paramref name="acceptedOn"/> with the pinned limit; instant matters finish at once, but a
    /// fee-bearing one is only accepted, due the same day, and finishes when fees clears it (即办 after 缴费).
    /// <paramref name="window"/>: the hall window of the clerk who accepts it, if any (decision 0527).</summary>
    public void AcceptOn(DateTimeOffset now, DateOnly acceptedOn, string? window = null)
    {
        AcceptedAtWindow = window;
        var workingDay = Kernel.WorkingDayCalendar.China.IsWorkingDay(acceptedOn) ? acceptedOn : Kernel.WorkingDayCalendar.China.NextWorkingDay(acceptedOn);
        if (Limit is { Instant: true, FeeBearing: true }) Accept(now, workingDay, workingDay, 0);
        else if (Limit.Instant) CompleteAtWindow(now, workingDay);
        else Accept(now, acceptedOn, Limit.DueFrom(acceptedOn), Limit.Amount);
        NoticeIssuedAt = now;
    }

    public void AcceptDeferred(DateTimeOffset now, DateOnly acceptedOn, DeferredSupply deferred, string? window = null)
    {
        AcceptOn(now, acceptedOn, window);
        (DeferredMaterials, SupplyBy) = ([.. deferred.Materials], deferred.SupplyBy);
    }

    /// <summary>行政许可法 Art. 32: no notice within 5 working days of receipt counts as accepted from the receipt date.</summary>
    public void DeemAccepted(DateTimeOffset now)
    {
        AcceptOn(now, Kernel.ChinaTime.ToLocalDate(ReceivedAt));
        DeemedAccepted = true;
    }

    public void Refuse(string reason, DateTimeOffset now)
    {
        (Status, RefusalReason, NoticeIssuedAt) = (CaseStatus.Refused, reason, now);
        changes.Add(new CaseChange.Moved());
    }

    /// <summary>Ends the case; the competent unit's copy of a forwarded case tells the station.</summary>
    public void Terminate(DateTimeOffset now)
    {
        (Status, TerminatedAt, Outcome) = (CaseStatus.Terminated, now, "terminated");
        changes.Add(new CaseChange.Moved());
        if (IsCompetentCopy) changes.Add(new CaseChange.StationTold("terminated", now));
    }

    /// <summary>A reviewing department asked for more (补正); false when the case is not under review.</summary>
    public bool RequestSupplement(IReadOnlyList<string> materials, string reason, DateTimeOffset at)
    {
        if (Status != CaseStatus.Accepted) return false;
        (Status, SupplementMaterials, SupplementReason) = (CaseStatus.AwaitingSupplement, [.. materials], reason);
        if (IsForwarded) changes.Add(new CaseChange.StationTold("awaiting-supplement", at, Materials: [.. materials], Reason: reason));
        return true;
    }

    /// <summary>Records supplied materials; a notice answered in full restarts the clock from today, accepted at
    /// <paramref name="window"/> when a clerk took the materials at one.</summary>
    public void Supply(IReadOnlyCollection<string> codes, DateTimeOffset now, DateOnly today, string? window = null)
    {
        LastSuppliedAt = now;
        switch (Status)
        {
            case CaseStatus.Received:
                MissingMaterials.RemoveAll(codes.Contains);
                break;
            case CaseStatus.AwaitingMaterials:
                MissingMaterials.RemoveAll(codes.Contains);
                if (MissingMaterials.Count == 0) AcceptOn(now, today, window);
                break;
            case CaseStatus.Accepted:
                DeferredMaterials.RemoveAll(codes.Contains);
                if (DeferredMaterials.Count == 0) SupplyBy = null;
                changes.Add(new CaseChange.Supplied([.. codes], now));
                break;
            case CaseStatus.AwaitingSupplement:
                SupplementMaterials.RemoveAll(codes.Contains);
                if (SupplementMaterials.Count == 0) (Status, SupplementReason) = (CaseStatus.Accepted, null);
                changes.Add(new CaseChange.Supplied([.. codes], now));
                break;
        }
    }

    public void Accept(DateTimeOffset now, DateOnly acceptedOn, DateOnly dueDate, int committedWorkingDays)
    {
        Status = CaseStatus.Accepted;
        (AcceptedAt, AcceptedOn, DueDate, CommittedWorkingDays) = (now, acceptedOn, dueDate, committedWorkingDays);
        if (IsForwarded) ForwardedAt = now;
        changes.Add(new CaseChange.Moved());
    }

    /// <summary>Approval moved the due date (a clock stop ended, or an extension): it only moves later, so events
    /// arriving out of order settle the same. False when nothing changed.</summary>
    public bool MoveDueDate(DateOnly dueDate)
    {
        if (DueDate is not { } current || dueDate <= current) return false;
        DueDate = dueDate;
        return true;
    }

    public void RequestMaterials(IReadOnlyList<string> missing, DateTimeOffset now)
    {
        Status = CaseStatus.AwaitingMaterials;
        MissingMaterials = [.. missing];
        NoticeIssuedAt = now;
        changes.Add(new CaseChange.Moved());
    }

    public void CompleteAtWindow(DateTimeOffset now, DateOnly today)
    {
        Accept(now, today, today, 0);
        Finish("instant", now);
    }

    /// <summary>The competent unit has the case; false when it had arrived already.</summary>
    public bool MarkArrived(DateTimeOffset now)
    {
        if (ArrivedAt is not null) return false;
        ArrivedAt = now;
        return true;
    }

    /// <summary>The <c>sequence</c> of the next federation event about the case; counted in the case's row, so its
    /// optimistic lock keeps two events from taking one number.</summary>
    public long NextFederationSequence() => ++FederationSequence;

    /// <summary>The review finished (办结); the station that forwarded the case hears of it. False when it was completed already.</summary>
    public bool Complete(string outcome, DateTimeOffset now)
    {
        if (Status == CaseStatus.Completed) return false;
        Finish(outcome, now);
        if (IsForwarded) changes.Add(new CaseChange.StationTold("completed", now, Outcome: outcome));
        return true;
    }

    private void Finish(string outcome, DateTimeOffset now)
    {
        (Status, Outcome, CompletedAt) = (CaseStatus.Completed, outcome, now);
        changes.Add(new CaseChange.Moved());
    }
}
