using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees.Tests.Integration;

/// <summary>FeeCleared goes only for a case whose entry lists a fee (decision 0772): intake's gate (0442) completes a
/// case whose entry lists none on its approval without asking fees, so a clearance would change nothing there. A
/// fee-bearing case is still told, also when every item was relieved to nothing, since the gate asks about it.</summary>
[Collection(FeesCollection.Name)]
public sealed class FreeCaseClearanceTests(FeesHostFixture f)
{
    private const string NoSuchEntry = "350926-000000000000-01"; // not in the catalog: intake's gate takes it as free too

    [Fact]
    public async Task An_approved_case_whose_entry_lists_no_fee_is_cleared_without_a_FeeCleared_and_a_fee_bearing_one_relieved_to_nothing_is_told()
    {
        var (unit, division, version) = await f.CountyHandlingAsync();
        var bus = f.Host.Services.GetRequiredService<IBus>();
        var free = Guid.CreateVersion7();
        await bus.Publish(Approved(free, NoSuchEntry, 1, unit, division));
        await f.Host.Eventually(async () => await f.CountAsync(
            $"SELECT count(*) FROM fees.assessments WHERE \"CaseId\" = '{free}' AND \"ClearedAt\" IS NOT NULL") == 1 ? (bool?)true : null,
            TimeSpan.FromSeconds(20));
        Assert.Equal("free", (await f.FeeAsync(free)).GetProperty("status").GetString());
        Assert.Equal(0, await f.CountAsync(FeeClearedOf(free)));

        var relieved = await f.SubmitAtTheCountyWindowAsync();
        Assert.Equal(FeesHostFixture.DueFen, (await f.FeeAsync(relieved)).GetProperty("dueFen").GetInt64());
        using var clerk = f.Host.CreateClient("clerk");
        foreach (var line in new[] { 0, 1 })
            await (await clerk.PostAsJsonAsync($"/api/fees/cases/{relieved}/reliefs", new { line, kind = "exemption", basis = "困难群众免征" }))
                .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("free", (await f.FeeAsync(relieved)).GetProperty("status").GetString());
        await f.ApproveAsync(relieved);
        await f.Host.Eventually(async () => await f.CountAsync(FeeClearedOf(relieved)) == 1 ? (bool?)true : null, TimeSpan.FromSeconds(20));
        await f.Host.Eventually(async () => await f.IntakeStatusAsync(relieved) == "completed" ? (bool?)true : null, TimeSpan.FromSeconds(20));
    }

    private static string FeeClearedOf(Guid caseId) =>
        $"SELECT count(*) FROM fees.outbox_messages WHERE aggregate_id = '{caseId}' AND message_type LIKE '%FeeCleared%'";

    private static CaseApproved Approved(Guid caseId, string entry, int version, string unit, string division)
    {
        var now = DateTimeOffset.UtcNow;
        return new(caseId, $"350926000000-{ChinaTime.ToLocalDate(now):yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}",
            "000000000000", "无收费事项", entry, version, unit, division, unit, "陈美华", "350926********0020", "digest-free", now);
    }
}
