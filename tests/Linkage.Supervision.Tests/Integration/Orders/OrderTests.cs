using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>督办 orders: issued within the subtree, answered once, escalated one tier up when ignored; the sweep runs
/// on chosen dates after the real reply date.</summary>
public sealed class OrderTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string City = "350900000000";
    private const string TownOfClerk = "350926100000";
    private const string SiblingTown = "350926104000";
    private static readonly DateOnly Today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task An_ignored_order_escalates_to_the_city_with_a_red_card_only_the_citys_subtree_sees()
    {
        var order = await IssueAsync(County);
        var replyBy = DateOnly.Parse(order.GetProperty("replyBy").GetString()!);
        var id = order.GetProperty("id").GetGuid();

        await fixture.SweepAsync(replyBy);
        Assert.Equal(0, (await GetOrderAsync("supervisor-county", id)).GetProperty("escalations").GetInt32()); // not late yet

        await fixture.SweepAsync(replyBy.AddDays(1));
        var escalated = await GetOrderAsync("supervisor-city", id);
        Assert.Equal(City, escalated.GetProperty("escalatedTo").GetString());
        Assert.Equal(1, escalated.GetProperty("escalations").GetInt32());

        var card = Assert.Single(await AlarmsAsync("supervisor-city", City), a => a.GetProperty("kind").GetString() == "order-escalated"
            && a.GetProperty("caseId").GetGuid() == order.GetProperty("caseId").GetGuid());
        Assert.Equal("red", card.GetProperty("level").GetString());
        Assert.DoesNotContain(await AlarmsAsync("supervisor-county", County), a => a.GetProperty("id").GetGuid() == card.GetProperty("id").GetGuid());
        await (await fixture.Host.CreateClient("supervisor-county").GetAsync($"/api/supervision/alarms?division={City}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Host.CreateClient("other-county-clerk").GetAsync($"/api/supervision/orders/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        await fixture.SweepAsync(replyBy.AddDays(10)); // ignored at the city too: the province; nothing above it
        await fixture.SweepAsync(replyBy.AddDays(30));
        var top = await GetOrderAsync("admin-province", id);
        Assert.Equal("350000000000", top.GetProperty("escalatedTo").GetString());
        Assert.Equal(2, top.GetProperty("escalations").GetInt32());
    }

    [Fact]
    public async Task The_unit_replies_once_a_second_reply_is_422_and_an_answered_order_does_not_escalate()
    {
        var order = await IssueAsync(TownOfClerk);
        var id = order.GetProperty("id").GetGuid();
        var clerk = fixture.Host.CreateClient("town-clerk");

        var replied = await (await clerk.PostAsJsonAsync($"/api/supervision/orders/{id}/reply", new { reply = "已联系申请人, 明日办结" })).OkAsync();
        Assert.Equal("已联系申请人, 明日办结", replied.GetProperty("reply").GetString());
        var again = await clerk.PostAsJsonAsync($"/api/supervision/orders/{id}/reply", new { reply = "再次回复" });
        Assert.Contains("reply", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());

        await fixture.SweepAsync(DateOnly.Parse(order.GetProperty("replyBy").GetString()!).AddDays(10));
        var after = await GetOrderAsync("supervisor-county", id);
        Assert.Equal(0, after.GetProperty("escalations").GetInt32());
        Assert.Equal("已联系申请人, 明日办结", after.GetProperty("reply").GetString());
    }

    [Fact]
    public async Task A_reply_whose_save_loses_to_the_escalation_sweep_reads_the_order_again_and_keeps_the_escalation()
    {
        var order = await IssueAsync(TownOfClerk);
        var id = order.GetProperty("id").GetGuid();
        // as the escalation sweep writes the order's row (one tier up, to the county), not yet committed
        await using var escalation = await HeldWrite.StartAsync(fixture.Host,
            $"UPDATE supervision.orders SET \"EscalatedTo\" = '{County}', \"EscalatedAt\" = now(), \"Escalations\" = 1 WHERE \"Id\" = '{id}'");

        var replying = fixture.Host.CreateClient("town-clerk").PostAsJsonAsync($"/api/supervision/orders/{id}/reply", new { reply = "已办结" });
        await escalation.CommitOnceWaitedOnAsync(replying);

        Assert.Equal("已办结", (await (await replying).OkAsync()).GetProperty("reply").GetString());
        var after = await GetOrderAsync("supervisor-county", id);
        Assert.Equal(("已办结", County, 1), (after.GetProperty("reply").GetString(), after.GetProperty("escalatedTo").GetString(),
            after.GetProperty("escalations").GetInt32()));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.orders WHERE \"Id\" = '{id}' AND \"NextEscalationOn\" IS NULL"));
    }

    [Fact]
    public async Task An_order_to_a_unit_outside_the_subtree_is_422_and_nothing_is_written()
    {
        var accepted = await CaseAsync(County);
        var before = await fixture.CountAsync("SELECT count(*) FROM supervision.orders");

        var response = await fixture.Host.CreateClient("supervisor-county").PostAsJsonAsync("/api/supervision/orders",
            new { caseId = accepted, targetDivision = OtherCounty, instruction = "请说明超期原因" });

        Assert.Contains("targetDivision", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM supervision.orders"));
    }

    [Fact]
    public async Task A_town_cannot_see_a_sibling_towns_orders_alarms_or_figures()
    {
        var order = await IssueAsync(SiblingTown);
        var clerk = fixture.Host.CreateClient("town-clerk");

        await (await clerk.GetAsync($"/api/supervision/orders/{order.GetProperty("id").GetGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await clerk.GetAsync($"/api/supervision/orders?division={SiblingTown}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await clerk.GetAsync($"/api/supervision/alarms?division={SiblingTown}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await clerk.GetAsync($"/api/supervision/stats?division={SiblingTown}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(((await clerk.OkBodyAsync("/api/supervision/orders")).Items()).EnumerateArray(),
            o => o.GetProperty("targetDivision").GetString() == SiblingTown);
    }

    private async Task<JsonElement> IssueAsync(string target)
    {
        var caseId = await CaseAsync(target);
        var response = await fixture.Host.CreateClient("supervisor-county").PostAsJsonAsync("/api/supervision/orders",
            new { caseId, targetDivision = target, instruction = "请于期限内说明办理进展" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<Guid> CaseAsync(string handling)
    {
        var accepted = Accepted(Today, 20, handling, handling);
        await fixture.DeliverAsync(accepted);
        return accepted.CaseId;
    }

    private Task<JsonElement> GetOrderAsync(string user, Guid id) =>
        fixture.Host.CreateClient(user).OkBodyAsync($"/api/supervision/orders/{id}");

    private async Task<List<JsonElement>> AlarmsAsync(string user, string division) =>
        ((await fixture.Host.CreateClient(user).OkBodyAsync($"/api/supervision/alarms?division={division}")).Items()).EnumerateArray().ToList();
}
