using Linkage.Documents;
using Linkage.Documents.Model;
using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Kernel;

namespace Linkage.Fees.Features.Receipts;

/// <summary>The printable receipt (政府非税收入票据) of one payment: the receipt number, the case, each item with its
/// basis and relief, the amount, and a QR code to the payment.</summary>
public static class ReceiptDocument
{
    public static PrintDocument For(Payment p, FeeAssessment fee, string link) => new(
        "政府非税收入电子票据",
        [
            new("票据号码", p.ReceiptNumber),
            new("案件编号", fee.CaseNumber),
            new("收费事项", $"{fee.MatterName}（{fee.MatterCode}）"),
            new("缴款金额", Yuan.Text(p.AmountFen)),
            new("缴款方式", p.Channel == PaymentChannel.Window ? "窗口缴款" : "网上缴款"),
            new("缴款凭证号", p.Reference),
            new("缴款日期", ChineseDates.Format(p.PaidOn)),
            new("执收单位", fee.DepartmentId),
        ],
        [.. fee.Lines.Select(Line)],
        new DocumentQrCode(link, "扫码核验票据"),
        $"{fee.HandlingOrgUnitId}    {ChineseDates.Format(ChinaTime.ToLocalDate(p.PaidAt))}");

    private static string Line(FeeLine l, int i) =>
        $"{i + 1}. {l.Item}：{Yuan.Text(l.DueFen)}（收费依据：{l.Basis}{(l.Relief is null ? "" : $"；减免：{l.ReliefBasis}")}）";
}
