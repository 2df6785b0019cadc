using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>绿色通道 for investment projects (0565): a centre admin registers a project with its investor, guide and
/// target, links its applications (any matter, any department), and the key-project ledger follows them; the target is
/// watched by the sweep. Dates are relative to today, as the ledger judges "overdue" as of today.</summary>
public sealed class InvestmentProjectTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Path = "/api/supervision/key-projects/investment";
    private const string Town = "350926100000";
    private static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);
    private static int serial = Random.Shared.Next(0, 900_000);

    [Fact]
    public async Task A_registered_project_is_on_the_ledger_with_its_cases_progress_and_target()
    {
        var open = Accepted(Today.AddDays(-40), Today.AddDays(30), 20);
        var done = Accepted(Today.AddDays(-40), Today.AddDays(-5), 20, Town);
        var late = Accepted(Today.AddDays(-40), Today.AddDays(-3), 20);
        var later = Accepted(Today.AddDays(-40), Today.AddDays(40), 20);
        await fixture.DeliverAsync(open, done, late, later);
        await fixture.DeliverAsync(Completed(done, Today.AddDays(-10)));

        var created = await (await Admin().PostAsJsonAsync(Path, Body(caseIds: [open.CaseId, done.CaseId, late.CaseId])))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(("柘荣县山海茶业有限公司", "91350100M000100Y43"),
            (created.GetProperty("investor").GetProperty("name").GetString(), created.GetProperty("investor").GetProperty("creditCode").GetString()));

        var line = Assert.Single((await Supervisor().OkBodyAsync($"{Path}?division={County}")).Items().EnumerateArray(),
            p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal([done.CaseId, late.CaseId, open.CaseId], line.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));
        Assert.Equal((1, 2, 1, false), Progress(line));
        Assert.False(line.GetProperty("progress").TryGetProperty("metTarget", out var met) && met.ValueKind != JsonValueKind.Null); // open
        Assert.True(Assert.Single(line.GetProperty("cases").EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == late.CaseId)
            .GetProperty("overdue").GetBoolean());

        var marked = await (await Admin().PostAsJsonAsync($"/api/supervision/cases/{later.CaseId}/key-project",
            new { guide = "王导办", internalWorkingDays = 5, projectId = id })).OkAsync();
        Assert.Equal(id, marked.GetProperty("projectId").GetGuid());
        await fixture.DeliverAsync(Completed(open, Today.AddDays(-1)), Completed(late, Today.AddDays(-1)), Completed(later, Today.AddDays(-1)));

        var finished = await Supervisor().OkBodyAsync($"{Path}/{id}");
        Assert.Equal((4, 0, 1, true), Progress(finished));
        Assert.True(finished.GetProperty("progress").GetProperty("metTarget").GetBoolean());
        Assert.Equal(Today.AddDays(-1).ToString("yyyy-MM-dd"), finished.GetProperty("progress").GetProperty("completedOn").GetString());
    }

    [Fact]
    public async Task A_project_open_past_its_target_gets_a_yellow_card_the_last_completion_resolves()
    {
        var application = Accepted(Today.AddDays(-10), Today.AddDays(60), 20);
        await fixture.DeliverAsync(application);
        var target = Today.AddDays(20);
        var id = (await (await Admin().PostAsJsonAsync(Path, Body(target, [application.CaseId]))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        await fixture.SweepAsync(target);
        Assert.Empty(await fixture.OpenAlarmsAsync(id));
        await fixture.SweepAsync(target.AddDays(1));
        var card = Assert.Single(await fixture.OpenAlarmsAsync(id));
        Assert.Equal(("key-project-target", "yellow", target.ToString("yyyy-MM-dd"), County), (card.GetProperty("kind").GetString(),
            card.GetProperty("level").GetString(), card.GetProperty("dueDate").GetString(), card.GetProperty("handlingDivision").GetString()));

        await fixture.DeliverAsync(Completed(application, target.AddDays(2)));
        await fixture.SweepAsync(target.AddDays(2));

        Assert.Empty(await fixture.OpenAlarmsAsync(id));
        var resolved = Assert.Single((await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={id}&state=resolved")).Items().EnumerateArray());
        Assert.Equal("system", resolved.GetProperty("resolvedBy").GetString());
        Assert.False((await Supervisor().OkBodyAsync($"{Path}/{id}")).GetProperty("progress").GetProperty("metTarget").GetBoolean());
    }

    [Fact]
    public async Task A_case_outside_the_admins_subtree_is_422_and_nothing_is_written()
    {
        var mine = Accepted(Today.AddDays(-10), Today.AddDays(30), 20);
        var elsewhere = Accepted(Today.AddDays(-10), Today.AddDays(30), 20, OtherCounty, OtherCounty);
        await fixture.DeliverAsync(mine, elsewhere);
        var body = Body(caseIds: [mine.CaseId, elsewhere.CaseId]);

        var refused = await Admin().PostAsJsonAsync(Path, body);

        Assert.Equal(["caseIds"], (await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.investment_projects WHERE \"ProjectCode\" = '{body.projectCode}'"));
        Assert.Equal(0, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.cases WHERE \"Id\" = '{mine.CaseId}' AND \"InvestmentProjectId\" IS NOT NULL"));

        var id = (await (await Admin().PostAsJsonAsync(Path, Body(caseIds: [mine.CaseId]))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var link = await Admin().PostAsJsonAsync($"{Path}/{id}/cases", new { caseIds = new[] { elsewhere.CaseId } });
        Assert.Equal(["caseIds"], (await link.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var again = await Admin().PostAsJsonAsync(Path, Body(caseIds: [mine.CaseId]));
        Assert.Equal(["caseIds"], (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Fact]
    public async Task The_ledger_is_scoped_to_the_subtree_and_only_admins_register()
    {
        var id = (await (await Admin().PostAsJsonAsync(Path, Body())).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var town = fixture.Host.CreateClient("supervisor-town");

        await (await town.GetAsync($"{Path}/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await town.GetAsync($"{Path}?division={County}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await town.OkBodyAsync(Path)).Items().EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        await (await fixture.Host.CreateClient("clerk").GetAsync($"{Path}/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Supervisor().PostAsJsonAsync(Path, Body())).ProblemAsync(HttpStatusCode.NotFound);
        await (await town.PostAsJsonAsync($"{Path}/{id}/cases", new { caseIds = new[] { Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains((await fixture.Host.CreateClient("admin-province").OkBodyAsync(Path)).Items().EnumerateArray(),
            p => p.GetProperty("id").GetGuid() == id);
    }

    [Theory]
    [InlineData("name", "")]
    [InlineData("projectCode", "350926-47-03")]
    [InlineData("investor.creditCode", "91350100M000100Y44")]
    [InlineData("investor.name", "")]
    [InlineData("division", OtherCounty)]
    [InlineData("guide", "")]
    [InlineData("targetOn", "past")]
    [InlineData("targetOn", "both")]
    [InlineData("workingDays", "0")]
    public async Task Bad_input_is_422_naming_the_field_and_nothing_is_written(string field, string value)
    {
        var good = Body();
        var body = field switch
        {
            "name" => good with { name = value },
            "projectCode" => good with { projectCode = value },
            "investor.creditCode" => good with { investor = good.investor with { creditCode = value } },
            "investor.name" => good with { investor = good.investor with { name = value } },
            "division" => good with { division = value },
            "guide" => good with { guide = value },
            "targetOn" when value == "past" => good with { targetOn = Today.AddDays(-1) },
            "targetOn" => good with { workingDays = 5 },
            _ => good with { targetOn = null, workingDays = int.Parse(value) },
        };

        var response = await Admin().PostAsJsonAsync(Path, body);

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.investment_projects WHERE \"ProjectCode\" = '{good.projectCode}'"));
    }

    [Fact]
    public async Task A_project_code_registered_twice_is_422()
    {
        var body = Body();
        await (await Admin().PostAsJsonAsync(Path, body)).JsonAsync(HttpStatusCode.Created);

        var again = await Admin().PostAsJsonAsync(Path, body with { name = "二期" });

        Assert.Equal(["projectCode"], (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.investment_projects WHERE \"ProjectCode\" = '{body.projectCode}'"));
    }

    private static (int Done, int Open, int Overdue, bool IsDone) Progress(JsonElement project)
    {
        var p = project.GetProperty("progress");
        return (p.GetProperty("done").GetInt32(), p.GetProperty("open").GetInt32(), p.GetProperty("overdue").GetInt32(), p.GetProperty("isDone").GetBoolean());
    }

    /// <summary>A valid registration for the county centre, a fresh project code each time.</summary>
    private static ProjectBody Body(DateOnly? target = null, Guid[]? caseIds = null) => new(
        "山海茶业年产千吨茶叶精加工项目", $"2026-350926-13-03-{Interlocked.Increment(ref serial):D6}",
        new InvestorBody("柘荣县山海茶业有限公司", "91350100M000100Y43"), County, "李代办", target ?? Today.AddDays(30), null, caseIds ?? []);

    private sealed record ProjectBody(string name, string projectCode, InvestorBody investor, string division, string guide, DateOnly? targetOn,
        int? workingDays, Guid[] caseIds);

    private sealed record InvestorBody(string name, string creditCode);

    private HttpClient Admin() => fixture.Host.CreateClient("hall-admin");

    private HttpClient Supervisor() => fixture.Host.CreateClient("supervisor-county");
}
