using Linkage.Documents;
using Linkage.Documents.Model;
using Linkage.Intake.Domain;
using Linkage.Kernel;

namespace Linkage.Intake.Features.Documents;

/// <summary>办结通知书: the notice of a completed case, printed where it was taken in — at a village station for a case
/// another deployment decided, once the outcome and the licence identifier came down (decision 0625). It names the
/// outcome and the licence, and where and how the licence is collected (the holder's ID card is checked).</summary>
public static class ResultNotice
{
    public const string Kind = "result-notice";

    public static PrintDocument? For(IntakeCase c, string statusUrl, DateOnly today) =>
        c.Status != CaseStatus.Completed || c.Outcome is null ? null : new(
            "办结通知书",
            [.. Particulars(c)],
            [.. Text(c)],
            new DocumentQrCode(statusUrl, "扫码查询办理进度"),
            $"{c.HandlingOrgUnitName}    {ChineseDates.Format(today)}");

    private static IEnumerable<DocumentField> Particulars(IntakeCase c)
    {
        yield return new("案件编号", c.CaseNumber);
        yield return new("申请事项", $"{c.MatterName}（{c.MatterCode}）");
        yield return new("申请人", $"{c.Applicant.Name}（{c.Applicant.MaskedId}）");
        yield return new("办理单位", c.HandlingOrgUnitName);
        if (c.CompletedAt is { } done) yield return new("办结日期", ChineseDates.Format(ChinaTime.ToLocalDate(done)));
        if (c.CertificateIdentifier is { } licence) yield return new("证照标识", licence);
        if (c.CertificateRevoked) yield return new("证照状态", $"已撤销（{c.CertificateRevocationReason}）");
        else if (c.HandOver is { } h && h.Identifier == c.CertificateIdentifier) yield return new("证照状态", Collected(h));
    }

    private static IEnumerable<string> Text(IntakeCase c)
    {
        if (c.Outcome == "rejected")
        {
            yield return "您申请的事项已办结，经审查，决定不予许可。";
            yield return AppealRights.Text;
            yield break;
        }
        yield return "您申请的事项已办结，决定予以许可。";
        if (c.CertificateRevoked)
            yield return "该证照已由发证机关撤销，不再交付。";
        else if (c.HandOver is { } h && h.Identifier == c.CertificateIdentifier)
            yield return "该证照已交付领取人。";
        else if (c.CertificateIdentifier is not null)
            yield return "请申请人本人持身份证件到收件地点领取证照，工作人员核验身份后交付。";
    }

    /// <summary>已领取 with the day, the collector as recorded (a company's by name, always by masked ID) and the agent or
    /// clerk who handed it over (decision 0658).</summary>
    private static string Collected(CertificateHandOver h)
    {
        var parts = new List<string> { ChineseDates.Format(ChinaTime.ToLocalDate(h.At)) };
        if (h.RecipientMaskedId is { } masked) parts.Add($"领取人{h.RecipientName}（{masked}）");
        if (h.ByName is { } by) parts.Add($"经办人{by}");
        return $"已领取（{string.Join("，", parts)}）";
    }
}
