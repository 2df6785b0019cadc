using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Approval;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>代办台账: ask → accept → forward → reply → archive → publish; the published ledger masks personal data.</summary>
public sealed class ProxyLedgerTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Station = "ou-350926100201-station";

    private async Task<string> AskAsync(HttpClient agent)
    {
        var (status, body) = await agent.CallAsync("/api/intake/proxy-ledger", new
        {
            matterCode = Applications.FoodPermit, principalName = "陈美华", principalIdNumber = Applications.ResidentId, request = "开小吃店办食品经营许可",
        });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("asked", body.Str("stage"));
        Assert.Equal("350926********0020", body.Str("principalMaskedId"));
        return body.Str("id");
    }

    private static async Task<JsonElement> LineAsync(HttpClient client, string entry) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/intake/proxy-ledger?station={Station}")).EnumerateArray()
        .Single(e => e.Str("id") == entry);

    [Fact]
    public async Task A_proxy_case_walks_the_ledger_and_the_published_line_masks_the_principal()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var entry = await AskAsync(agent);
        var (_, created) = await agent.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var caseId = created.Str("id");

        var (early, stage) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/reply", new { delivery = "station" });
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Contains("stage", stage.Errors());
        Assert.Equal("asked", (await LineAsync(agent, entry)).Str("stage"));
        var (accepted, line) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/acceptance", new { caseId });
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.False(string.IsNullOrEmpty(line.Str("window")));
        Assert.Equal(created.Str("caseNumber"), line.Str("caseNumber"));
        Assert.NotEqual(JsonValueKind.Null, line.GetProperty("forwardedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/reply", new { delivery = "station" })).Status);

        var approved = new CaseApproved(Guid.Parse(caseId), created.Str("caseNumber"),
            Applications.FoodPermit, "食品经营许可", "350926-000121010000-01", 1, "ou-350926-centre", "350926000000", Station,
            "陈美华", "350926********0020", fixture.Host.DigestOf(Applications.ResidentId), DateTimeOffset.UtcNow);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        var messageId = Guid.NewGuid();
        await bus.Publish(approved, context => context.MessageId = messageId);
        await fixture.Host.Eventually(async () => (await agent.CaseAsync(caseId)).Str("status") == "completed" ? (object?)true : null,
            TimeSpan.FromSeconds(15));
        var completedAt = (await LineAsync(agent, entry)).Str("completedAt");
        await bus.Publish(approved, context => context.MessageId = messageId);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(completedAt, (await LineAsync(agent, entry)).Str("completedAt"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/reply", new { delivery = "pigeon" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/reply", new { delivery = "station" })).Status);
        var (noDate, problem) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/archive", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate);
        Assert.Contains("followUpOn", problem.Errors());
        var (noSatisfaction, why) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/archive", new { followUpOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSatisfaction);
        Assert.Contains("satisfaction", why.Errors());
        Assert.Equal("replied", (await LineAsync(agent, entry)).Str("stage"));
        var visit = new { followUpOn = "2026-12-01", note = "电话回访", satisfaction = "satisfied" };
        Assert.Equal(HttpStatusCode.OK, (await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/archive", visit)).Status);
        var (again, twice) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/archive", visit);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("stage", twice.Errors());
        var (published, final) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/publication", new { });
        Assert.Equal(HttpStatusCode.OK, published);
        Assert.Equal("published", final.Str("stage"));
        Assert.Equal("completed", final.Str("caseStatus"));
        Assert.Equal("station", final.Str("delivery"));
        Assert.Equal("satisfied", final.Str("followUpSatisfaction"));
        Assert.Equal("2026-12-01", final.Str("followUpOn"));
        Assert.Equal(created.Str("caseNumber"), final.Str("caseNumber"));
        Assert.Equal("350926********0020", final.Str("principalMaskedId"));
        Assert.Equal("陈美华", final.Str("principalName"));

        using var resident = fixture.Host.CreateClient("resident");
        var notice = await resident.GetStringAsync($"/api/intake/proxy-ledger/published?station={Station}");
        var rows = JsonDocument.Parse(notice).RootElement.EnumerateArray().ToList();
        Assert.Contains(rows, r => r.Str("caseNumber") == created.Str("caseNumber") && r.Str("principal") == "陈*华");
        Assert.DoesNotContain("美", notice);
        Assert.DoesNotContain("********", notice);
        Assert.DoesNotContain(Applications.ResidentId, notice);
    }

    [Fact]
    public async Task The_ledger_is_scoped_and_acceptance_needs_the_principals_own_proxy_case()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var entry = await AskAsync(agent);
        using var clerk = fixture.Host.CreateClient("clerk");
        var (_, windowCase) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());

        var (status, problem) = await agent.CallAsync($"/api/intake/proxy-ledger/{entry}/acceptance", new { caseId = windowCase.Str("id") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("caseId", problem.Errors());

        using var other = fixture.Host.CreateClient("other-county-clerk");
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/intake/proxy-ledger");
        Assert.DoesNotContain(theirs.EnumerateArray(), e => e.Str("id") == entry);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/intake/proxy-ledger?station={Station}")).StatusCode);
        var ours = await clerk.GetFromJsonAsync<JsonElement>($"/api/intake/proxy-ledger?station={Station}");
        Assert.Contains(ours.EnumerateArray(), e => e.Str("id") == entry);
        var (invalid, bad) = await agent.CallAsync("/api/intake/proxy-ledger", new { matterCode = Applications.FoodPermit, principalName = "陈美华", principalIdNumber = "350926198503120021" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Contains("principalIdNumber", bad.Errors());
    }
}
