using Linkage.Documents;
using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Features.Documents;

/// <summary>What each slip or notice tells the applicant, in the wording of 行政许可法 Art. 32 and 38.</summary>
public static class NoticeText
{
    public static IEnumerable<string> For(SlipView slip) => slip.Kind switch
    {
        "acceptance-slip" => Acceptance(slip),
        "missing-materials-notice" =>
            ["经审查，您提交的申请材料不齐全或者不符合法定形式。请一次性补齐以下材料后再次提交：", .. Listed(slip.OutstandingMaterials)],
        "refusal-notice" => [$"经审查，您的申请不予受理。理由：{slip.Reason}", slip.AppealRights ?? ""],
        "supplement-notice" => [$"审查部门要求补正：{slip.Reason}", .. Listed(slip.OutstandingMaterials), "补正期间办理时限暂停计算。"],
        _ => [slip.Reason ?? "", .. Listed(slip.OutstandingMaterials), slip.AppealRights ?? ""],
    };

    private static IEnumerable<string> Acceptance(SlipView slip)
    {
        yield return "经审查，您提交的申请材料齐全、符合法定形式，本机关决定予以受理。";
        if (slip.DeemedAccepted)
            yield return "本机关未在五个工作日内出具告知，依《中华人民共和国行政许可法》第三十二条，自收到申请材料之日起即为受理。";
        if (slip.OutstandingMaterials.Count > 0 && slip.SupplyBy is { } by)
        {
            yield return $"容缺受理：请于{ChineseDates.Format(by)}前补齐以下材料，逾期未补齐的，办件终止：";
            foreach (var line in Listed(slip.OutstandingMaterials)) yield return line;
        }
        yield return "请凭本通知书于办结后到收件窗口领取办理结果。";
    }

    private static IEnumerable<string> Listed(IReadOnlyList<string> materials) =>
        materials.Select((m, i) => $"{i + 1}. {m}");
}
