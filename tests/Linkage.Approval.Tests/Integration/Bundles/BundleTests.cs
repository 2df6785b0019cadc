using System.Net;
using Linkage.Contracts.Catalog.V1;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Integration;

/// <summary>One-thing cases (一件事一次办): one plan over every leg's departments at once, each leg with its own
/// deadline and join, one combined outcome.</summary>
public sealed class BundleTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    private const string MarketRegulation = "dep-350926-scjg";
    private const string Health = "dep-350926-wsjk";
    private const string FireRescue = "dep-350926-xfjy";

    private BundleCases Bundles { get; } = new(fixture.Host);

    [Fact]
    public async Task A_bundle_fans_out_to_every_legs_departments_at_once_with_per_leg_deadlines()
    {
        var legs = await Bundles.LegsAsync();
        var accepted = await Bundles.PublishAsync(legs);

        var plan = await fixture.Host.PlanAsync(accepted.CaseId);

        var expected = legs.SelectMany(l => l.Departments.Select(d => (l.ImplementationCode, d.DepartmentId))).Order().ToList();
        Assert.Equal(4, expected.Count);   // the food permit's three departments and the sole trader's one
        Assert.Equal(expected, plan.Tasks().Select(t => (t.Leg, t.Department)).Order().ToList());
        Assert.All(plan.GetProperty("departments").EnumerateArray(), d => Assert.Equal("pending", d.GetProperty("status").GetString()));
        Assert.Equal(accepted.DueDate, DateOnly.Parse(plan.GetProperty("dueDate").GetString()!));
        foreach (var leg in legs)
        {
            Assert.Equal(TimeUnit.WorkingDays, leg.CommittedLimit.Unit);
            var view = plan.GetProperty("legs").EnumerateArray().Single(l => l.GetProperty("implementationCode").GetString() == leg.ImplementationCode);
            Assert.Equal(WorkingDayCalendar.China.AddWorkingDays(accepted.AcceptedOn, leg.CommittedLimit.Amount),
                DateOnly.Parse(view.GetProperty("dueDate").GetString()!));
            Assert.Equal("waiting", view.GetProperty("status").GetString());
            foreach (var department in leg.Departments)
            {
                var row = plan.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("taskId").GetGuid()
                    == plan.TaskOf(leg.ImplementationCode, department.DepartmentId));
                Assert.Equal(WorkingDayCalendar.China.AddWorkingDays(accepted.AcceptedOn, department.LimitWorkingDays),
                    DateOnly.Parse(row.GetProperty("dueDate").GetString()!));
            }
        }
        using var scjg = Reviewers.For(fixture.Host, MarketRegulation);
        var mine = ((await scjg.GetJsonAsync($"/api/approval/tasks?caseId={accepted.CaseId}")).Items()).EnumerateArray().ToList();
        Assert.Equal([BundleCases.FoodPermit, BundleCases.SoleTrader], mine.Select(t => t.GetProperty("legCode").GetString()!).Order().ToList());
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "ReviewOpened"));
        var opened = await Bundles.EventAsync(accepted.CaseId, "ReviewOpened");
        Assert.Equal([MarketRegulation, Health, FireRescue], opened.GetProperty("departmentIds").EnumerateArray().Select(d => d.GetString()).Order());
        Assert.Equal(2, opened.GetProperty("bundle").GetProperty("legs").GetArrayLength());
    }

    [Fact]
    public async Task Every_leg_approved_publishes_one_case_approved_with_each_legs_filing()
    {
        var accepted = await Bundles.PublishAsync(await Bundles.LegsAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);

        var tasks = plan.Tasks().ToList();
        for (var i = 0; i < tasks.Count; i++)
        {
            using var reviewer = Reviewers.For(fixture.Host, tasks[i].Department);
            var body = await (await reviewer.DecideAsync(tasks[i].Task, "approve")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(i == tasks.Count - 1 ? "approved" : "open", body.GetProperty("caseStatus").GetString());
        }

        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        var approved = await Bundles.EventAsync(accepted.CaseId, "CaseApproved");
        Assert.Equal(BundleCases.BundleCode, approved.GetProperty("bundle").GetProperty("bundleCode").GetString());
        Assert.Equal(BundleCases.CreditCode, approved.GetProperty("holderCreditCode").GetString());
        var filings = approved.GetProperty("filings").EnumerateArray().ToList();
        Assert.Equal([BundleCases.FoodPermit, BundleCases.SoleTrader],
            filings.Select(f => f.GetProperty("implementationCode").GetString()!).Order().ToList());
        var food = filings.Single(f => f.GetProperty("implementationCode").GetString() == BundleCases.FoodPermit);
        Assert.Equal([MarketRegulation, Health, FireRescue],
            food.GetProperty("approvingDepartments").EnumerateArray().Select(d => d.GetString()!).ToList());
        using var clerk = fixture.Host.CreateClient("clerk");
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            "SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1 AND \"HolderCreditCode\" = $2"
            + " AND jsonb_array_length(\"Legs\") = 2", accepted.CaseId, BundleCases.CreditCode) == 1);
        var timeline = await clerk.GetJsonAsync($"/api/approval/cases/{accepted.CaseId}/timeline");
        Assert.Equal(2, timeline.GetProperty("entries").EnumerateArray()
            .Count(e => e.GetProperty("kind").GetString() == "approved" && e.GetProperty("departmentId").GetString() == MarketRegulation
                && e.GetProperty("legCode").GetString() is BundleCases.FoodPermit or BundleCases.SoleTrader));
    }

    [Fact]
    public async Task One_leg_rejected_rejects_the_case_with_the_reasons_of_each_leg()
    {
        var accepted = await Bundles.PublishAsync(await Bundles.LegsAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = Reviewers.For(fixture.Host, MarketRegulation);
        using var wsjk = Reviewers.For(fixture.Host, Health);
        using var xfjy = Reviewers.For(fixture.Host, FireRescue);

        var soleTrader = plan.TaskOf(BundleCases.SoleTrader, MarketRegulation);
        await (await scjg.DecideAsync(soleTrader, "reject", "字号与已登记名称近似", "《市场主体登记管理条例》第十条")).JsonAsync(HttpStatusCode.OK);
        await (await wsjk.DecideAsync(plan.TaskOf(BundleCases.FoodPermit, Health), "approve")).JsonAsync(HttpStatusCode.OK);
        await (await xfjy.DecideAsync(plan.TaskOf(BundleCases.FoodPermit, FireRescue), "approve")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        var last = await (await scjg.DecideAsync(plan.TaskOf(BundleCases.FoodPermit, MarketRegulation), "reject", "经营场所布局不合理"))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("rejected", last.GetProperty("caseStatus").GetString());
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        var reasons = (await Bundles.EventAsync(accepted.CaseId, "CaseRejected")).GetProperty("reasons").EnumerateArray()
            .Select(r => (r.GetProperty("implementationCode").GetString(), r.GetProperty("departmentId").GetString(), r.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal(
            [(BundleCases.FoodPermit, MarketRegulation, "经营场所布局不合理"), (BundleCases.SoleTrader, MarketRegulation, "字号与已登记名称近似")],
            reasons);
        var after = await fixture.Host.PlanAsync(accepted.CaseId);
        Assert.Equal(["rejected", "rejected"], after.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("status").GetString()).ToList());
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", accepted.CaseId));
    }

    /// <summary>Every reviewer of every leg decides at once, on several bundle cases: one decision per task wins and
    /// each case joins exactly once.</summary>
    [Fact]
    public async Task Simultaneous_decisions_across_legs_join_a_bundle_exactly_once()
    {
        var legs = await Bundles.LegsAsync();
        const string company = "91350926MA0000RACE";
        var cases = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Bundles.PublishAsync(legs, company)));
        var plans = await Task.WhenAll(cases.Select(c => fixture.Host.PlanAsync(c.CaseId)));
        var clients = new[] { MarketRegulation, Health, FireRescue }.ToDictionary(d => d,
            d => Enumerable.Range(0, 3).Select(_ => Reviewers.For(fixture.Host, d)).ToList());

        var statuses = await Task.WhenAll(plans.SelectMany(plan => plan.Tasks()).SelectMany(t => clients[t.Department]
            .Select(async client => (await client.DecideAsync(t.Task, "approve")).StatusCode)));

        Assert.Equal(cases.Length * 4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(cases.Length * 4 * 2, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var c in cases)
        {
            Assert.Equal(1, await fixture.OutboxCountAsync(c.CaseId, "CaseApproved"));
            Assert.Equal(4, await fixture.OutboxCountAsync(c.CaseId, "DepartmentDecided"));
        }
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            "SELECT count(*) FROM certificates.certificates WHERE \"HolderCreditCode\" = $1", company) == cases.Length);
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM certificates.certificates WHERE \"HolderCreditCode\" = $1 AND \"Status\" = 'Valid'", company));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(DISTINCT \"Serial\") FROM certificates.certificates WHERE \"HolderCreditCode\" = $1", company));
        foreach (var client in clients.Values.SelectMany(c => c)) client.Dispose();
    }
}
