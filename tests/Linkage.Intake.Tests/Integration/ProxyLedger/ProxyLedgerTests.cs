using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>代办台账: ask → accept → forward → reply (from the proxy case) → archive → follow-up → publish (by the agent);
/// the published ledger masks personal data; the ledger is the station's own.</summary>
public sealed class ProxyLedgerTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Station = "ou-350926100201-station";

    private static string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

    private async Task<string> AskAsync(HttpClient agent, ProxyPrincipal who)
    {
        var (status, body) = await agent.CallAsync("/api/intake/proxy-ledger", new
        {
            matterCode = Applications.FoodPermit, principalName = who.Name, principalIdNumber = who.IdNumber, request = "开小吃店办食品经营许可",
        });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("asked", body.Str("stage"));
        Assert.Equal(who.IdNumber[..6] + "********" + who.IdNumber[^4..], body.Str("principalMaskedId"));
        return body.Str("id");
    }

    private static async Task<JsonElement> SubmitAsync(HttpClient agent, ProxyPrincipal who, string[]? materials = null)
    {
        var (status, body) = await agent.CallAsync("/api/intake/cases", new
        {
            matterCode = Applications.FoodPermit,
            applicant = new { kind = "person", name = who.Name, idNumber = who.IdNumber },
            principalConsent = true,
            materials = (materials ?? Applications.AllMaterials).Select(code => new { code }),
        });
        Assert.Equal(HttpStatusCode.Created, status);
        return body;
    }

    private static async Task<JsonElement> LineAsync(HttpClient client, string line) =>
        ((await client.GetFromJsonAsync<JsonElement>($"/api/intake/proxy-ledger?station={Station}")).Items()).EnumerateArray()
        .Single(e => e.Str("id") == line);

    [Fact]
    public async Task A_proxy_case_walks_every_step_and_the_published_line_masks_the_principal()
    {
        var who = new ProxyPrincipal("郑丽华", "350926199001010010");
        using var agent = fixture.Host.CreateClient("agent");
        var line = await AskAsync(agent, who);
        var created = await SubmitAsync(agent, who);

        var forwarded = await LineAsync(agent, line);
        Assert.Equal("forwarded", forwarded.Str("stage"));
        Assert.Equal(created.Str("id"), forwarded.Str("caseId"));
        Assert.Equal(created.Str("caseNumber"), forwarded.Str("caseNumber"));
        Assert.Equal((await agent.CaseAsync(created.Str("id"))).Str("acceptedAt"), forwarded.Str("acceptedAt"));
        Assert.Equal(created.GetProperty("handledBy").Str("name"), forwarded.Str("window"));
        Assert.Equal(forwarded.Str("acceptedAt"), forwarded.Str("forwardedAt"));

        var (early, problem) = await agent.CallAsync($"/api/intake/proxy-ledger/{line}/archive", new { delivery = "village-station" });
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Contains("stage", problem.Errors());
        Assert.Equal("forwarded", (await LineAsync(agent, line)).Str("stage"));

        var approved = new CaseApproved(Guid.Parse(created.Str("id")), created.Str("caseNumber"), Applications.FoodPermit,
            "食品经营许可", created.Str("implementationCode"), 1, "ou-350926-centre", "350926000000", Station, who.Name,
            "350926********0010", fixture.Host.DigestOf(who.IdNumber), DateTimeOffset.UtcNow);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        var messageId = Guid.NewGuid();
        await bus.Publish(approved, context => context.MessageId = messageId);
        var repliedAt = await fixture.Host.Eventually(async () =>
        {
            var current = await LineAsync(agent, line);
            return current.Str("stage") == "replied" ? current.Str("repliedAt") : null;
        }, TimeSpan.FromSeconds(20));
        Assert.Equal("completed", (await agent.CaseAsync(created.Str("id"))).Str("status"));
        await bus.Publish(approved, context => context.MessageId = messageId);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(repliedAt, (await LineAsync(agent, line)).Str("repliedAt"));

        var (pigeon, why) = await agent.CallAsync($"/api/intake/proxy-ledger/{line}/archive", new { delivery = "pigeon" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pigeon);
        Assert.Contains("delivery", why.Errors());
        Assert.Equal(HttpStatusCode.OK, (await agent.CallAsync($"/api/intake/proxy-ledger/{line}/archive", new { delivery = "village-station" })).Status);
        var (unvisited, notYet) = await agent.CallAsync($"/api/intake/proxy-ledger/{line}/publication", null);
        Assert.Equal(HttpStatusCode.Conflict, unvisited);
        Assert.Contains("stage", notYet.Errors());
        var (noVerdict, missing) = await agent.CallAsync($"/api/intake/proxy-ledger/{line}/follow-up", new { visitedOn = Today });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noVerdict);
        Assert.Contains("satisfied", missing.Errors());
        Assert.Equal("archived", (await LineAsync(agent, line)).Str("stage"));
        var visit = new { visitedOn = Today, satisfied = true, note = "电话回访郑丽华本人，证已领到" };
        Assert.Equal(HttpStatusCode.OK, (await agent.CallAsync($"/api/intake/proxy-ledger/{line}/follow-up", visit)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await agent.CallAsync($"/api/intake/proxy-ledger/{line}/follow-up", visit)).Status);

        var (published, final) = await agent.CallAsync($"/api/intake/proxy-ledger/{line}/publication", null);
        Assert.Equal(HttpStatusCode.OK, published);
        Assert.Equal("published", final.Str("stage"));
        Assert.Equal("village-station", final.Str("delivery"));
        Assert.True(final.GetProperty("followUpSatisfied").GetBoolean());
        Assert.Equal(Today, final.Str("followUpOn"));
        Assert.Equal(who.Name, final.Str("principalName"));
        foreach (var step in new[] { "askedAt", "acceptedAt", "forwardedAt", "completedAt", "repliedAt", "archivedAt", "publishedAt" })
            Assert.NotEqual(JsonValueKind.Null, final.GetProperty(step).ValueKind);

        using var resident = fixture.Host.CreateClient("resident");
        var notice = await resident.GetStringAsync($"/api/intake/proxy-ledger/published?station={Station}");
        var row = JsonDocument.Parse(notice).RootElement.Items().EnumerateArray().Single(r => r.Str("caseNumber") == created.Str("caseNumber"));
        Assert.Equal("郑**", row.Str("principal"));
        Assert.Equal("林**", row.Str("agent"));
        Assert.Equal(created.GetProperty("handledBy").Str("name"), row.Str("window"));
        foreach (var secret in new[] { who.IdNumber, "********", "丽华", "秀英", "电话回访", "小吃店" }) Assert.DoesNotContain(secret, notice);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.proxy_ledger l WHERE l::text LIKE '%{who.IdNumber}%'"));
    }

    [Fact]
    public async Task A_proxy_case_without_an_ask_opens_its_line_and_is_forwarded_once_the_notice_is_answered()
    {
        var who = new ProxyPrincipal("王建平", "350926198002020021");
        using var agent = fixture.Host.CreateClient("agent");
        var created = await SubmitAsync(agent, who, ["application-form"]);
        Assert.Equal("awaiting-materials", created.Str("status"));
        var all = (await agent.GetFromJsonAsync<JsonElement>("/api/intake/proxy-ledger")).Items();
        var opened = all.EnumerateArray().Single(e => e.GetProperty("caseId").ValueKind != JsonValueKind.Null && e.Str("caseId") == created.Str("id"));
        Assert.Equal("asked", opened.Str("stage"));
        Assert.Equal((await agent.CaseAsync(created.Str("id"))).Str("receivedAt"), opened.Str("askedAt"));
        Assert.Equal("350926********0021", opened.Str("principalMaskedId"));

        var (supplied, accepted) = await agent.UploadAsync($"/api/intake/cases/{created.Str("id")}/materials", Files.Form(
            ("id-copy", "id.png", "image/png", Files.Png), ("premises-plan", "plan.pdf", "application/pdf", Files.Pdf),
            ("health-certificate", "health.jpg", "image/jpeg", Files.Jpeg)));
        Assert.Equal(HttpStatusCode.OK, supplied);
        Assert.Equal("accepted", accepted.Str("status"));
        var line = await LineAsync(agent, opened.Str("id"));
        Assert.Equal("forwarded", line.Str("stage"));
        Assert.Equal((await agent.CaseAsync(created.Str("id"))).Str("acceptedAt"), line.Str("acceptedAt"));
    }

    [Fact]
    public async Task A_new_proxy_case_takes_or_opens_its_line_in_its_save_without_a_read()
    {
        const string LinkedLine = "%FROM intake.proxy_ledger AS p%WHERE p.\"CaseId\" = $1%";
        const string OpenLine = "%FROM intake.proxy_ledger AS p%\"CaseId\" IS NULL%";
        const string Take = "WITH open_line AS%";
        var who = new ProxyPrincipal("林志强", "350926199003030031");
        var other = new ProxyPrincipal("黄海燕", "350926199104040044");
        using var agent = fixture.Host.CreateClient("agent");
        var asked = await AskAsync(agent, who);
        var (linked, open, takes) = (await CallsAsync(LinkedLine), await CallsAsync(OpenLine), await CallsAsync(Take));

        var created = await SubmitAsync(agent, who, ["application-form"]);
        var opening = await SubmitAsync(agent, other);
        Assert.Equal((linked, open, takes + 2), (await CallsAsync(LinkedLine), await CallsAsync(OpenLine), await CallsAsync(Take))); // 0754
        var taken = await LineAsync(agent, asked);
        Assert.Equal((created.Str("id"), created.Str("caseNumber"), "asked"), (taken.Str("caseId"), taken.Str("caseNumber"), taken.Str("stage")));
        var opened = ((await agent.GetFromJsonAsync<JsonElement>("/api/intake/proxy-ledger")).Items()).EnumerateArray()
            .Single(l => l.GetProperty("caseId").ValueKind != JsonValueKind.Null && l.Str("caseId") == opening.Str("id"));
        Assert.Equal(("forwarded", "350926********0044"), (opened.Str("stage"), opened.Str("principalMaskedId")));
        Assert.Equal((await agent.CaseAsync(opening.Str("id"))).Str("acceptedAt"), opened.Str("forwardedAt"));

        var (supplied, _) = await agent.UploadAsync($"/api/intake/cases/{created.Str("id")}/materials", Files.Form(
            ("id-copy", "id.png", "image/png", Files.Png), ("premises-plan", "plan.pdf", "application/pdf", Files.Pdf),
            ("health-certificate", "health.jpg", "image/jpeg", Files.Jpeg)));
        Assert.Equal(HttpStatusCode.OK, supplied);
        Assert.True(await CallsAsync(LinkedLine) > linked); // a case already there reads its line
        Assert.Equal("forwarded", (await LineAsync(agent, asked)).Str("stage"));
    }

    private Task<long> CallsAsync(string like) => StatementCalls.OfAsync(fixture.Host.ConnectionString, like);

    [Fact]
    public async Task Another_stations_agent_neither_sees_nor_advances_the_line_and_other_counties_see_nothing()
    {
        var who = new ProxyPrincipal("陈美华", Applications.ResidentId);
        using var agent = fixture.Host.CreateClient("agent");
        var line = await AskAsync(agent, who);
        using var neighbour = new HttpClient { BaseAddress = fixture.Host.HttpAddress };
        neighbour.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Host.TokenFor(new DemoUser(
            "agent-350926100202", "游春兰（东源村代办员）", [Roles.VillageAgent], "350926100202", "ou-350926100202-station")));

        foreach (var path in new[] { "/api/intake/proxy-ledger", $"/api/intake/proxy-ledger?station={Station}" })
        {
            Assert.DoesNotContain((await neighbour.GetFromJsonAsync<JsonElement>(path)).Items().EnumerateArray(), e => e.Str("id") == line);
            using var other = fixture.Host.CreateClient("other-county-clerk");
            Assert.Empty((await other.GetFromJsonAsync<JsonElement>(path)).Items().EnumerateArray());
        }
        foreach (var (step, body) in new (string, object)[] { ("archive", new { delivery = "mail" }),
            ("follow-up", new { visitedOn = Today, satisfied = false }), ("publication", new { }) })
            Assert.Equal(HttpStatusCode.NotFound, (await neighbour.CallAsync($"/api/intake/proxy-ledger/{line}/{step}", body)).Status);
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.CallAsync($"/api/intake/proxy-ledger/{line}/publication", null)).Status);
        Assert.Equal("asked", (await LineAsync(clerk, line)).Str("stage"));
        using var resident = fixture.Host.CreateClient("resident");
        Assert.Empty(((await resident.GetFromJsonAsync<JsonElement>("/api/intake/proxy-ledger")).Items()).EnumerateArray());

        var (invalid, bad) = await agent.CallAsync("/api/intake/proxy-ledger", new { matterCode = Applications.FoodPermit, principalName = "陈美华", principalIdNumber = "350926198503120021" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Contains("principalIdNumber", bad.Errors());
    }

    [Fact]
    public async Task Proxy_cases_racing_for_one_ask_each_get_a_line_and_one_of_them_the_asked_one()
    {
        var who = new ProxyPrincipal("刘芳", "350926199505050024");
        using var agent = fixture.Host.CreateClient("agent");
        var asked = await AskAsync(agent, who);
        var body = new
        {
            matterCode = Applications.FoodPermit, applicant = new { kind = "person", name = who.Name, idNumber = who.IdNumber },
            principalConsent = true, materials = Applications.AllMaterials.Select(code => new { code }),
        };
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => agent.CallAsync("/api/intake/cases", body)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status)); // the line is taken in the save: no conflict (0754)
        var cases = answers.Select(a => a.Body.Str("id")).ToList();
        var lines = ((await agent.GetFromJsonAsync<JsonElement>("/api/intake/proxy-ledger")).Items()).EnumerateArray()
            .Where(l => l.Str("principalMaskedId") == "350926********0024").ToList();
        Assert.Equal(cases.Order(), lines.Select(l => l.Str("caseId")).Order());
        Assert.Contains(lines.Single(l => l.Str("id") == asked).Str("caseId"), cases);
        Assert.All(lines, l => Assert.Equal("forwarded", l.Str("stage")));
    }

    private sealed record ProxyPrincipal(string Name, string IdNumber);
}
