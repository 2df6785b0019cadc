using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.DecisionRoundTests;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Departments' decisions delivered together through the broker and the real consumer are applied as one round
/// (decision 0843): one transaction takes all their inbox rows, and each decision is applied once.</summary>
public sealed class DecisionRoundConsumerTests(SupervisionHostGatheringDecisionsFixture fixture)
    : IClassFixture<SupervisionHostGatheringDecisionsFixture>
{
    private const string Town = "350926104000";

    [Fact]
    public async Task Decisions_of_two_cases_published_together_are_applied_in_one_round_each_once()
    {
        var (three, one) = (Accepted(D(1), 20, Town, Town), Accepted(D(1), 20, Town, Town));
        var departments = new[] { Department("first"), Department("second"), Department("third") };
        var openedThree = Opened(three, [.. departments.Select(d => (d, D(5)))]);
        var openedOne = Opened(one, (departments[0], D(5)));
        await fixture.DeliverAsync(three, one, openedThree, openedOne);
        DepartmentDecidedOf[] decisions = [.. departments.Select(d => new DepartmentDecidedOf(Decided(openedThree, d, D(4)))),
            new(Decided(openedOne, departments[0], D(9)))];

        await Task.WhenAll(decisions.Select(d => fixture.PublishAsync(d.Message, d.Id)));
        await AppliedAsync(fixture, [.. decisions.Select(d => d.Id)]);

        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(DISTINCT xmin::text) FROM supervision.inbox_messages
            WHERE message_id IN ('{string.Join("','", decisions.Select(d => d.Id))}')
            """)); // the round's inbox rows, written by one transaction
        Assert.Equal(3, await ApprovedStepsAsync(three.CaseId));
        Assert.Equal(1, await ApprovedStepsAsync(one.CaseId));
        Assert.Equal(3, await StepsDecidedOnTimelineAsync(fixture, three.CaseId));
        Assert.Equal(1, await StepsDecidedOnTimelineAsync(fixture, one.CaseId));
        Assert.Equal((2, 1, 1), await CountedAsync(fixture, departments[0]));
        Assert.Equal((1, 1, 0), await CountedAsync(fixture, departments[1]));
        Assert.Equal((1, 1, 0), await CountedAsync(fixture, departments[2]));
    }

    private Task<long> ApprovedStepsAsync(Guid caseId) => fixture.CountAsync(
        $"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" = '{caseId}' AND \"Decision\" = 'approved'");

    private sealed record DepartmentDecidedOf(Contracts.Events.Approval.DepartmentDecided Message)
    {
        public Guid Id { get; } = Guid.NewGuid();
    }
}
