namespace Linkage.Fees.Domain;

/// <summary>One payment of a case's fee, unique by its payment reference (缴款凭证号 or the provider's transaction
/// number), with the non-tax receipt number (非税收入票据号) printed on its receipt.</summary>
public sealed class Payment
{
    private Payment() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Reference { get; private set; } = "";
    public PaymentChannel Channel { get; private set; }
    public long AmountFen { get; private set; }
    public string ReceiptNumber { get; private set; } = "";
    public string DepartmentId { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset PaidAt { get; private set; }
    public DateOnly PaidOn { get; private set; }

    public static Payment Record(FeeAssessment fee, PaymentClaim claim, string receiptNumber, DateOnly paidOn) => new()
    {
        Id = Guid.CreateVersion7(claim.PaidAt), CaseId = fee.CaseId, Reference = claim.Reference, Channel = claim.Channel,
        AmountFen = claim.AmountFen, ReceiptNumber = receiptNumber, DepartmentId = fee.DepartmentId,
        HandlingOrgUnitId = fee.HandlingOrgUnitId, HandlingDivision = fee.HandlingDivision, RecordedBy = claim.By,
        PaidAt = claim.PaidAt.ToUniversalTime(), PaidOn = paidOn,
    };
}

/// <summary>A payment as a channel adapter confirms it (the payment-provider port): the window adapter from the
/// reference the clerk entered, the online adapter from a provider callback whose signature held.</summary>
public sealed record PaymentClaim(Guid CaseId, string Reference, long AmountFen, PaymentChannel Channel, DateTimeOffset PaidAt, string By);
