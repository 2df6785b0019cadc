using Linkage.Contracts.Events.Approval;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A refusal without a reason raises a red card at once; one with reasons does not.</summary>
public sealed class RefusalTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926112000";

    [Fact]
    public async Task A_department_refusing_without_a_reason_raises_a_red_card_and_one_with_reasons_does_not()
    {
        var unreasoned = Accepted(new DateOnly(2025, 9, 1), 5, Town, Town);
        var reasoned = Accepted(new DateOnly(2025, 9, 1), 5, Town, Town);
        await fixture.DeliverAsync(unreasoned, reasoned);

        await fixture.DeliverAsync(
            new CaseRejected(unreasoned.CaseId, unreasoned.CaseNumber, [new DepartmentReason("dept-scjg", " ", null)], At(new DateOnly(2025, 9, 3), 10)),
            new CaseRejected(reasoned.CaseId, reasoned.CaseNumber, [new DepartmentReason("dept-scjg", "经营场所不符合卫生要求", "食品经营许可管理办法第十条")], At(new DateOnly(2025, 9, 3), 10)));

        var card = Assert.Single(await fixture.OpenAlarmsAsync(unreasoned.CaseId));
        Assert.Equal(("refusal-no-reason", "red", "dept-scjg"),
            (card.GetProperty("kind").GetString(), card.GetProperty("level").GetString(), card.GetProperty("departmentId").GetString()));
        Assert.Empty(await fixture.OpenAlarmsAsync(reasoned.CaseId));

        await fixture.SweepAsync(new DateOnly(2025, 9, 4)); // the sweep does not resolve a trigger card
        Assert.Single(await fixture.OpenAlarmsAsync(unreasoned.CaseId), a => a.GetProperty("kind").GetString() == "refusal-no-reason");
    }
}
