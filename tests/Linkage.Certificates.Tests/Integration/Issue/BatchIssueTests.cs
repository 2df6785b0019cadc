using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>The approved cases waiting on the queue issued together (decision 0684): serials reserved and licences sealed
/// before one save. A case approved twice in one batch, a batch delivered again and the same cases under new message ids
/// each leave one licence per case, and the repeats take no serial. A round's audit entries share one lane (0688).</summary>
public sealed class BatchIssueTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    private const int Count = 16;

    [Fact]
    public async Task Approvals_published_together_and_again_issue_one_licence_per_case_and_the_repeats_take_no_serial()
    {
        var issuer = fixture.Cases.Implementation.Licence.IssuerCreditCode;
        var cases = Enumerable.Range(0, Count).Select(_ => fixture.Cases.New()).ToList();
        foreach (var approved in cases) await fixture.Cases.ReviewedByAsync(approved, ApprovedCases.ReviewingDepartment);
        var ids = cases.Select(_ => Guid.NewGuid()).ToList();
        var twice = cases.Take(4).Select(_ => Guid.NewGuid()).ToList(); // the same cases again beside them, under new ids

        await PublishAsync(cases.Select((c, i) => (c, ids[i])).Concat(cases.Take(4).Select((c, i) => (c, twice[i]))));
        var first = await Task.WhenAll(cases.Select(c => fixture.Host.CertificateOfAsync(c.CaseId)));
        await ConsumedAsync(ids.Concat(twice));
        var serial = await LastSerialAsync(issuer);

        var renamed = cases.Select(_ => Guid.NewGuid()).ToList();
        await PublishAsync(cases.Select((c, i) => (c, ids[i])).Concat(cases.Select((c, i) => (c, renamed[i]))));
        await ConsumedAsync(renamed);

        foreach (var (approved, issued) in cases.Zip(first))
        {
            Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", approved.CaseId));
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM certificates.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE '%CertificateIssued%'",
                approved.CaseId.ToString()));
            Assert.Equal(issued.GetProperty("identifier").GetString(),
                (await fixture.Host.CertificateOfAsync(approved.CaseId)).GetProperty("identifier").GetString());
        }
        Assert.Equal(Count, first.Select(c => c.GetProperty("identifier").GetString()).Distinct().Count());
        Assert.Equal(serial, await LastSerialAsync(issuer));
    }

    [Fact]
    public async Task A_rounds_licences_are_audited_in_one_lane_and_every_lane_verifies()
    {
        var cases = Enumerable.Range(0, Count).Select(_ => fixture.Cases.New()).ToList();
        foreach (var approved in cases) await fixture.Cases.ReviewedByAsync(approved, ApprovedCases.ReviewingDepartment);
        var ids = cases.Select(_ => Guid.NewGuid()).ToList();

        await PublishAsync(cases.Select((c, i) => (c, ids[i])));
        await ConsumedAsync(ids);

        object caseIds = cases.Select(c => c.CaseId.ToString()).ToArray(); // one array parameter, not params
        const string Rounds = "SELECT xmin::text AS round, count(*) AS entries, count(DISTINCT chain) AS lanes FROM audit.audit_log " +
            "WHERE action = 'certificate.issued' AND detail->>'caseId' = ANY($1) GROUP BY 1";
        Assert.Equal(Count, await fixture.CountAsync($"SELECT coalesce(sum(entries), 0)::bigint FROM ({Rounds}) r", caseIds));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM ({Rounds}) r WHERE lanes > 1", caseIds));
        Assert.True(await fixture.CountAsync($"SELECT count(*) FROM ({Rounds}) r WHERE entries > 1", caseIds) > 0, "some round issued several licences");
        await using var dataSource = NpgsqlDataSource.Create(fixture.Host.ConnectionString);
        var report = await new AuditVerifier(dataSource).VerifyAsync(CancellationToken.None);
        Assert.True(report.Intact, string.Join("; ", report.Breaks));
    }

    private Task PublishAsync(IEnumerable<(CaseApproved Approved, Guid MessageId)> messages)
    {
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        return Task.WhenAll(messages.Select(m => bus.Publish(m.Approved, context => context.MessageId = m.MessageId)));
    }

    private Task ConsumedAsync(IEnumerable<Guid> messageIds)
    {
        var ids = messageIds.ToArray();
        return fixture.Host.Eventually(async () => await fixture.CountAsync(
            "SELECT count(*) FROM certificates.inbox_messages WHERE message_id = ANY($1) AND consumer LIKE '%.CaseApprovedConsumer'", ids) == ids.Length);
    }

    private Task<long> LastSerialAsync(string issuer) => fixture.CountAsync(
        "SELECT coalesce(max(\"LastSerial\"), 0) FROM certificates.issuer_serials WHERE \"IssuerCreditCode\" = $1", issuer);
}
