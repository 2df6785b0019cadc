using Linkage.Contracts.Catalog.V1;
using Linkage.Intake.Domain;

namespace Linkage.Intake.Tests.Unit;

/// <summary>Cases and catalog entries built in memory, for the rules that need neither the host nor the database.</summary>
public static class Cases
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // 10:00 in China

    public static Implementation Entry(int workingDays = 20, bool instant = false) => new()
    {
        ImplementationCode = "impl-1",
        Version = 1,
        MatterCode = "food-permit",
        MatterName = "食品经营许可",
        CaseKind = instant ? CaseKind.Instant : CaseKind.Committed,
        CommittedLimit = new TimeLimit { Amount = workingDays, Unit = TimeUnit.WorkingDays },
        Materials =
        {
            new Material { Code = "application-form", Name = "申请书", Required = true },
            new Material { Code = "id-copy", Name = "身份证复印件", Required = true },
            new Material { Code = "health-certificate", Name = "健康证明", Required = true, Deferrable = true },
            new Material { Code = "photo", Name = "照片", Required = false },
        },
    };

    public static CaseReceipt Receipt(Channel channel, IReadOnlyList<string> materials, bool forwarded = false, bool instant = false) => new(
        "CN-1", channel,
        new PinnedMatter("food-permit", "食品经营许可", "impl-1", 1, new TimeLimitTerms(20, false, instant)),
        new OrgUnitRef(forwarded ? "station-1" : "centre-1", forwarded ? "110101001001" : "110101"),
        new OrgUnitRef("centre-1", "110101", "东城区政务服务中心"),
        new Applicant(ApplicantKind.Person, "陈美华", "1101**********0011", "digest", null),
        channel == Channel.Proxy ? new ProxyAgent("agent-1", "王代办", true) : null,
        materials);

    public static IntakeCase Accepted(bool forwarded = false)
    {
        var c = IntakeCase.Receive(Receipt(Channel.Window, ["application-form", "id-copy", "health-certificate"], forwarded), Monday);
        c.AcceptOn(Monday, new DateOnly(2026, 3, 2));
        _ = c.TakeChanges();
        return c;
    }
}
