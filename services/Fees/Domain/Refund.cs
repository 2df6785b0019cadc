namespace Linkage.Fees.Domain;

/// <summary>A refund (退费) of part or all of what a case paid, with its reason; counted on the day it was made.</summary>
public sealed class Refund
{
    private Refund() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public long AmountFen { get; private set; }
    public string Reason { get; private set; } = "";
    public string DepartmentId { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string RefundedBy { get; private set; } = "";
    public DateTimeOffset RefundedAt { get; private set; }
    public DateOnly RefundedOn { get; private set; }

    public static Refund Make(FeeAssessment fee, long fen, string reason, string by, DateTimeOffset at, DateOnly on) => new()
    {
        Id = Guid.CreateVersion7(at), CaseId = fee.CaseId, AmountFen = fen, Reason = reason, DepartmentId = fee.DepartmentId,
        HandlingOrgUnitId = fee.HandlingOrgUnitId, RefundedBy = by, RefundedAt = at.ToUniversalTime(), RefundedOn = on,
    };
}
