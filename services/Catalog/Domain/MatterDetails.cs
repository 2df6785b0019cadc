using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>What the catalogue (基本目录) says about a matter, per version: the 办事指南 fields of docs/domain.md.</summary>
public sealed record MatterDetails(
    IReadOnlyList<DivisionLevel> HandlingLevels,          // 行使层级
    string AcceptanceConditions,                          // 受理条件
    IReadOnlyList<CatalogueMaterial> Materials,           // 申请材料
    HandlingTimeLimit LegalLimit,                         // 法定时限
    HandlingTimeLimit CommittedLimit,                     // 承诺时限
    CaseKind CaseKind,                                    // 即办件 / 承诺件
    int Trips,                                            // 跑动次数
    IReadOnlyList<Fee> Fees,                              // 收费项目及依据; empty = free
    IReadOnlyList<ProcessStep> Steps,                     // 办理流程
    string? ConsultationPhone,                            // 咨询电话
    string? ComplaintPhone,                               // 投诉电话
    string? SupervisingBody,                              // 监督机构
    OnlineDepth OnlineDepth);                             // 网上办理深度

/// <summary>A material of the catalogue entry: how many originals and copies, in which form, whether required or
/// secondary, whether 容缺 is allowed, and where it comes from (申请人自备, 政府部门核发, …).</summary>
public sealed record CatalogueMaterial(
    string Code, string Name, int Originals, int Copies, MaterialForm Form, bool Required, bool Deferrable, string? Source);

public enum MaterialForm
{
    Paper,
    Electronic,
    Either,
}

/// <summary>A fee and its legal basis (收费依据); an amount of 0 means the item is listed but waived.</summary>
public sealed record Fee(string Item, decimal AmountYuan, string Basis);

/// <summary>One step of the process (受理 → 审查 → 决定 → 送达) and who does it.</summary>
public sealed record ProcessStep(string Name, string Who, int LimitWorkingDays);

/// <summary>How far a matter can be handled online (网上办理深度), each level including the ones before it.</summary>
public enum OnlineDepth
{
    Offline,
    Consult,        // 在线咨询
    Submit,         // 网上申报
    PreReview,      // 网上预审
    Accept,         // 网上受理
    ResultDelivery, // 结果送达 (全程网办)
}
