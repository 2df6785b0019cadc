using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees.Tests.Integration;

/// <summary>An instant matter with a fee is held at acceptance until paid, then finishes as instant (decision 0510);
/// a one-thing case owes every leg's fees under one assessment, settled by one payment (decision 0511).</summary>
[Collection(FeesCollection.Name)]
public sealed class InstantAndBundleFeeTests(FeesHostFixture f)
{
    private const string OutOfAreaCare = "350926-000186001000-01";

    [Fact]
    public async Task An_instant_fee_bearing_case_stays_accepted_until_paid_and_then_finishes_as_instant()
    {
        using var admin = f.Client(FeesHostFixture.CountyAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/catalog/implementations/{OutOfAreaCare}", InstantEntryWithFee())).StatusCode);
        using var clerk = f.Host.CreateClient("clerk");
        var submitted = await (await clerk.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000186001000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            materials = new[] { new { code = "id-copy" }, new { code = "filing-form" } },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("accepted", submitted.GetProperty("status").GetString());
        Assert.Equal(submitted.GetProperty("slip").GetProperty("acceptedOn").GetString(), submitted.GetProperty("slip").GetProperty("dueDate").GetString());
        var caseId = submitted.GetProperty("id").GetGuid();

        var fee = await f.FeeAsync(caseId);
        Assert.Equal(1_000, fee.GetProperty("dueFen").GetInt64());
        Assert.Equal("accepted", await f.IntakeStatusAsync(caseId)); // assessed and unpaid: not finished

        await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/payments", new { reference = $"JB{caseId:N}"[..20], amountFen = 1_000 }))
            .JsonAsync(HttpStatusCode.Created);
        await f.Host.Eventually(async () => await f.IntakeStatusAsync(caseId) == "completed" ? (bool?)true : null, TimeSpan.FromSeconds(20));
        var finished = await clerk.GetJsonAsync($"/api/intake/cases/{caseId}");
        Assert.Equal("instant", finished.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_bundle_owes_every_legs_fees_under_one_assessment_and_one_payment_settles_it()
    {
        var (unit, division, version) = await f.CountyHandlingAsync();
        using var clerk = f.Host.CreateClient("clerk");
        var bundle = new BundleSummary("350926-YJS-TEST-01", 1, "测试一件事", [
            new BundleLeg(FeesHostFixture.Entry, version, "000121010000", "食品经营许可"),
            new BundleLeg(OutOfAreaCare, 1, "000186001000", "异地就医备案"),
        ], null);
        var caseId = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        var today = ChinaTime.ToLocalDate(now);
        var number = $"350926000000-{today:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}";
        var bus = f.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(new CaseAccepted(caseId, number, bundle.BundleCode, bundle.BundleName, bundle.BundleCode, 1, unit, division, unit, division,
            new ApplicantSummary("person", "陈美华", "350926********0020", "digest-bundle", null), now, today, today.AddDays(7), 5, bundle));

        var fee = await f.FeeAsync(caseId);
        Assert.Equal(FeesHostFixture.DueFen, fee.GetProperty("dueFen").GetInt64());
        Assert.Equal(unit, fee.GetProperty("departmentId").GetString());
        Assert.All(fee.GetProperty("lines").EnumerateArray(), l => Assert.StartsWith("食品经营许可：", l.GetProperty("item").GetString()));

        await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/payments", new { reference = $"YJS{caseId:N}"[..20], amountFen = FeesHostFixture.DueFen }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("paid", (await f.FeeAsync(caseId)).GetProperty("status").GetString());
        await bus.Publish(new CaseApproved(caseId, number, bundle.BundleCode, bundle.BundleName, bundle.BundleCode, 1, unit, division, unit,
            "陈美华", "350926********0020", "digest-bundle", now, Bundle: bundle));
        await f.Host.Eventually(async () => await f.CountAsync(
            $"SELECT count(*) FROM fees.outbox_messages WHERE aggregate_id = '{caseId}' AND message_type LIKE '%FeeCleared%'") == 1 ? (bool?)true : null,
            TimeSpan.FromSeconds(20));
    }

    private static object InstantEntryWithFee() => new
    {
        caseKind = "instant",
        legalLimit = new { amount = 5, unit = "working-days" },
        committedLimit = new { amount = 0, unit = "working-days" },
        trips = 0,
        materials = new[]
        {
            new { code = "id-copy", name = "居民身份证", required = true, deferrable = false },
            new { code = "filing-form", name = "异地就医备案表", required = true, deferrable = false },
        },
        departments = Array.Empty<object>(),
        proxyAllowed = true,
        licence = new { produces = false },
        fees = new[] { new { item = "社会保障卡补换工本费", amountYuan = 10.00m, basis = "闽价〔2024〕5号" } },
    };
}
