using System.Net;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Certificates;
using Linkage.Contracts.Events.Fees;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>The approvals, clearances and licences waiting on intake's queues are applied together (decision 0678):
/// the events of several cases in one commit, each case changed once, a message that comes again applied once.</summary>
public sealed class CaseEventBatchTests(CaseEventBatchFixture fixture) : IClassFixture<CaseEventBatchFixture>
{
    private const string CompletedRows = "SELECT count(*) FROM intake.outbox_messages WHERE message_type LIKE '%CaseCompleted%' AND aggregate_id IN";

    [Fact]
    public async Task Approvals_waiting_together_complete_their_cases_in_one_commit_and_a_repeat_and_the_clearances_change_nothing()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var cases = await AcceptedAsync(clerk, 3);
        var approvals = cases.Select(c => (Id: Guid.NewGuid(), Case: c)).ToList();
        foreach (var (id, c) in approvals) await PublishAsync(Approved(c), id);

        await CompletedAsync(clerk, cases);
        var ids = string.Join("','", approvals.Select(a => a.Id));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(DISTINCT xmin::text) FROM intake.inbox_messages WHERE message_id IN ('{ids}')"));
        var inCases = $"('{string.Join("','", cases.Select(c => c.Id))}')";
        Assert.Equal(3, await fixture.CountAsync($"{CompletedRows} {inCases}"));

        var (again, c0) = approvals[0];
        await PublishAsync(Approved(c0), again);                          // the same message again
        var clearances = cases.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < cases.Count; i++) await PublishAsync(new FeeCleared(cases[i].Id, cases[i].Number, DateTimeOffset.UtcNow), clearances[i]);

        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            $"SELECT count(*) FROM intake.inbox_messages WHERE message_id IN ('{string.Join("','", clearances)}')") == 3 ? true : (bool?)null,
            TimeSpan.FromSeconds(30));
        await ApprovedCases.RedeliveredAsync(fixture, again, "CaseApprovedConsumer");
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.inbox_messages WHERE message_id = '{again}'"));
        Assert.Equal(3, await fixture.CountAsync($"{CompletedRows} {inCases}"));
        foreach (var c in cases) Assert.Equal("approved", (await clerk.CaseAsync(c.Id.ToString())).Str("outcome"));
    }

    [Fact]
    public async Task Licences_issued_together_are_recorded_each_on_its_case_and_one_sent_twice_once()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var cases = await AcceptedAsync(clerk, 3);
        var twice = Guid.NewGuid();
        var issued = cases.Select((c, i) => (Id: i == 0 ? twice : Guid.NewGuid(), Case: c, Identifier: $"11350926MB0000{Random.Shared.Next(100000, 999999)}{i}")).ToList();
        foreach (var (id, c, identifier) in issued) await PublishAsync(Issued(c.Id, identifier), id);
        await PublishAsync(Issued(issued[0].Case.Id, issued[0].Identifier), twice); // in the same batch: the round fails on its key

        foreach (var (_, c, identifier) in issued)
            await fixture.Host.Eventually(async () => (await clerk.CaseAsync(c.Id.ToString())).TryGetProperty("certificateIdentifier", out var shown)
                && shown.GetString() == identifier ? true : (bool?)null, TimeSpan.FromSeconds(30));
        await ApprovedCases.RedeliveredAsync(fixture, twice, "CertificateIssuedConsumer");
        Assert.Equal(3, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.inbox_messages WHERE message_id IN ('{string.Join("','", issued.Select(i => i.Id))}')"));
    }

    private async Task<List<(Guid Id, string Number)>> AcceptedAsync(HttpClient clerk, int count)
    {
        var cases = new List<(Guid, string)>();
        for (var i = 0; i < count; i++)
        {
            var (status, created) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
            Assert.Equal(HttpStatusCode.Created, status);
            Assert.Equal("accepted", created.Str("status"));
            cases.Add((Guid.Parse(created.Str("id")), created.Str("caseNumber")));
        }
        return cases;
    }

    private async Task CompletedAsync(HttpClient clerk, IEnumerable<(Guid Id, string Number)> cases)
    {
        foreach (var c in cases)
            await fixture.Host.Eventually(async () => (await clerk.CaseAsync(c.Id.ToString())).Str("status") == "completed" ? true : (bool?)null,
                TimeSpan.FromSeconds(30));
    }

    private CaseApproved Approved((Guid Id, string Number) c) => new(c.Id, c.Number, Applications.FoodPermit, "食品经营许可",
        "350926-000121010000-01", 1, "ou-350926-centre", "350926000000", "ou-350926-centre", "陈美华", "350926********0020",
        fixture.Host.DigestOf(Applications.ResidentId), DateTimeOffset.UtcNow);

    private static CertificateIssued Issued(Guid caseId, string identifier) => new(Guid.NewGuid(), identifier, caseId, "食品经营许可证", "陈美华",
        "11350900MB0000000X", DateOnly.FromDateTime(DateTime.Today), null, DateTimeOffset.UtcNow);

    private Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        fixture.Host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
}
