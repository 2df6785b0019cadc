using Linkage.Documents;
using Linkage.Documents.Model;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Kernel;

namespace Linkage.Intake.Features.Documents;

/// <summary>A slip or notice as printed: the case's particulars, what the notice says, the QR code to its status.</summary>
public static class CaseDocument
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["acceptance-slip"] = "受理通知书",
        ["missing-materials-notice"] = "补正材料一次性告知书",
        ["refusal-notice"] = "不予受理通知书",
        ["supplement-notice"] = "补正通知书",
        ["termination-notice"] = "终止办理通知书",
    };

    public static PrintDocument For(IntakeCase c, SlipView slip, string statusUrl, DateOnly today) => new(
        Titles[slip.Kind],
        [.. Particulars(c, slip)],
        [.. NoticeText.For(slip)],
        new DocumentQrCode(statusUrl, "扫码查询办理进度"),
        $"{c.HandlingOrgUnitName}    {ChineseDates.Format(today)}");

    private static IEnumerable<DocumentField> Particulars(IntakeCase c, SlipView slip)
    {
        yield return new("案件编号", c.CaseNumber);
        yield return new("申请事项", $"{c.MatterName}（{c.MatterCode}）");
        yield return new("申请人", $"{c.Applicant.Name}（{c.Applicant.MaskedId}）");
        if (c.Agent is { } agent) yield return new("代办人", agent.Name);
        yield return new("受理单位", c.HandlingOrgUnitName);
        yield return new("收件日期", ChineseDates.Format(ChinaTime.ToLocalDate(c.ReceivedAt)));
        if (slip.AcceptedOn is { } accepted) yield return new("受理日期", ChineseDates.Format(accepted));
        if (slip.DueDate is { } due) yield return new("承诺办结日期", $"{ChineseDates.Format(due)}（{c.CommittedWorkingDays}个工作日）");
    }
}
