using Linkage.Fees.Domain;

namespace Linkage.Fees.Features.Shared;

public sealed record FeeView(
    Guid CaseId, string CaseNumber, string MatterCode, string MatterName, string DepartmentId, FeeStatus Status,
    long DueFen, long PaidFen, long RefundedFen, long OutstandingFen, string? WaiverReason, IReadOnlyList<FeeLine> Lines,
    IReadOnlyList<PaymentView> Payments)
{
    public static FeeView From(FeeAssessment f, IEnumerable<Payment> payments) => new(
        f.CaseId, f.CaseNumber, f.MatterCode, f.MatterName, f.DepartmentId, f.Status, f.DueFen, f.PaidFen, f.RefundedFen,
        f.OutstandingFen, f.WaiverReason, f.Lines, [.. payments.OrderBy(p => p.PaidAt).Select(PaymentView.From)]);
}

public sealed record PaymentView(Guid Id, Guid CaseId, string Reference, PaymentChannel Channel, long AmountFen, string ReceiptNumber, DateTimeOffset PaidAt)
{
    public static PaymentView From(Payment p) => new(p.Id, p.CaseId, p.Reference, p.Channel, p.AmountFen, p.ReceiptNumber, p.PaidAt);
}
