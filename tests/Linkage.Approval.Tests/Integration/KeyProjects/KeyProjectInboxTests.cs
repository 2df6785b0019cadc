using Linkage.Contracts.Events.Supervision;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>绿色通道: once supervision marks a case as a key project, its tasks come first in the reviewer's inbox.</summary>
public sealed class KeyProjectInboxTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task A_key_project_moves_to_the_top_of_the_inbox()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var first = await fixture.Cases.PublishAsync(implementation);
        await fixture.Host.PlanAsync(first.CaseId); // planned one after the other, so the first case's tasks are older
        var key = await fixture.Cases.PublishAsync(implementation);
        await fixture.Host.PlanAsync(key.CaseId);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        var before = await CaseOrderAsync(scjg, first.CaseId, key.CaseId);
        Assert.Equal([first.CaseId, key.CaseId], before); // same deadline: the earlier task first

        await fixture.Host.Services.GetRequiredService<IBus>().Publish(new KeyProjectMarked(key.CaseId, key.CaseNumber, "王导办",
            key.DueDate.AddDays(-3), key.HandlingDivision, DateTimeOffset.UtcNow));

        await fixture.Host.Eventually(async () => (await CaseOrderAsync(scjg, first.CaseId, key.CaseId))[0] == key.CaseId);
        var tasks = (await scjg.GetJsonAsync("/api/approval/tasks?status=pending")).Items();
        Assert.Equal(key.CaseId, tasks[0].GetProperty("caseId").GetGuid());
        Assert.Equal(key.DueDate.AddDays(-3).ToString("yyyy-MM-dd"), tasks[0].GetProperty("keyProjectTargetOn").GetString());
    }

    private static async Task<IReadOnlyList<Guid>> CaseOrderAsync(HttpClient client, params Guid[] cases) =>
        ((await client.GetJsonAsync("/api/approval/tasks?status=pending&limit=500")).Items()).EnumerateArray()
            .Select(t => t.GetProperty("caseId").GetGuid()).Where(cases.Contains).ToList();
}
