namespace Linkage.Fees.Domain;

/// <summary>An online payment the applicant started for their own case (网上缴费订单): the provider is sent the
/// order number and the amount outstanding then, and its signed callback under that number settles it.</summary>
public sealed class OnlineOrder
{
    private OnlineOrder() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public long AmountFen { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }

    public static OnlineOrder Start(FeeAssessment fee, string by, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new()
        {
            Id = id, CaseId = fee.CaseId, OrderNumber = $"OL{id:N}", AmountFen = fee.OutstandingFen, StartedBy = by,
            StartedAt = now.ToUniversalTime(),
        };
    }

    /// <summary>Whether a provider callback fits this order: the same case and the amount it was started for.</summary>
    public bool Fits(Guid caseId, long amountFen) => CaseId == caseId && AmountFen == amountFen;

    public void MarkPaid(DateTimeOffset at) => PaidAt ??= at.ToUniversalTime();
}
