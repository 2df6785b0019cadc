using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Decision 0770: a decision's first read (its task, as the reviewer may see it) and the plan's read are queries
/// compiled once per process. The task is found only for a reviewer of its department in the case's subtree, with the
/// case's centre, and is not tracked; the plan comes with its tasks, tracked, one instance per context.</summary>
public sealed class CompiledReadsTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task A_decisions_task_is_found_only_as_its_reviewer_may_see_it_and_untracked()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var task = (await fixture.Host.PlanAsync(accepted.CaseId)).TaskOf("dep-350926-scjg");
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalDbContext>();

        var found = await db.VisibleTaskAsync(task, Caller(Roles.DepartmentReviewer, "350926000000", "dep-350926-scjg"), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal((accepted.CaseId, "dep-350926-scjg"), (found.CaseId, found.DepartmentId));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"HandlingOrgUnitId\" = $2", accepted.CaseId, found.Centre));
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.NotNull(await db.VisibleTaskAsync(task, Caller(Roles.ChiefRepresentative, "350926000000", "dep-350926-scjg"), CancellationToken.None));
        foreach (var other in new[]
                 {
                     Caller(Roles.DepartmentReviewer, "350926000000", "dep-350926-wsjk"), // another department
                     Caller(Roles.DepartmentReviewer, "350981000000", "dep-350926-scjg"), // another county
                     Caller(Roles.DepartmentReviewer, "350926100000", "dep-350926-scjg"), // a town below the case's county
                     Caller(Roles.WindowClerk, "350926000000", "dep-350926-scjg"),        // not a reviewer
                 })
            Assert.Null(await db.VisibleTaskAsync(task, other, CancellationToken.None));
        Assert.Null(await db.VisibleTaskAsync(Guid.CreateVersion7(), Caller(Roles.DepartmentReviewer, "350926000000", "dep-350926-scjg"), CancellationToken.None));
    }

    [Fact]
    public async Task The_plan_is_read_with_its_tasks_tracked_once_per_context()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId); // once the plan is open
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalDbContext>();

        var plan = await db.ReadAsync(accepted.CaseId, CancellationToken.None);

        Assert.Equal(3, plan.Tasks.Count);
        Assert.Equal(4, db.ChangeTracker.Entries().Count()); // the case and its three tasks
        Assert.Same(plan, await db.ReadAsync(accepted.CaseId, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.ReadAsync(Guid.CreateVersion7(), CancellationToken.None));
    }

    private static CallerContext Caller(string role, string division, string department) =>
        new("reviewer-compiled-read", "测试审核", new HashSet<string>(StringComparer.Ordinal) { role },
            DivisionCode.Parse(division), "ou-350926-centre", department, null);
}
