using System.Text.Json;
using Linkage.Contracts.Events.Certificates;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>The case shows its licence's revocation (decision 0626): which identifier, why and when, on the case and on
/// the 办结通知书 the station prints, which then no longer invites the holder to collect it. At a station's deployment
/// the revocation comes with the licence's copy and the identifier with the county's case events, so either may come
/// first; a redelivered revocation is applied once.</summary>
public sealed class LicenceRevocationTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Identifier = "11350900MB0000000X001000000420.1", Reason = "以欺骗手段取得许可";

    [Fact]
    public async Task A_revocation_arriving_before_the_identifier_shows_on_the_case_and_its_notice_once()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var caseId = await ApprovedCases.CompletedAsync(fixture, agent);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();

        var revokedAt = DateTimeOffset.UtcNow;
        var revocation = new CertificateRevoked(Guid.NewGuid(), Identifier, caseId, Reason, revokedAt);
        var messageId = Guid.NewGuid();
        await bus.Publish(revocation, context => context.MessageId = messageId);
        var shown = (await fixture.Host.Eventually(async () =>
            (await agent.CaseAsync(caseId.ToString())).TryGetProperty("certificateRevocation", out var r) ? (JsonElement?)r : null,
            TimeSpan.FromSeconds(30)))!.Value;
        Assert.Equal(Identifier, shown.Str("identifier"));
        Assert.Equal(Reason, shown.Str("reason"));
        Assert.Equal(revokedAt.ToUnixTimeMilliseconds(), shown.GetProperty("revokedAt").GetDateTimeOffset().ToUnixTimeMilliseconds());

        await bus.Publish(new CertificateIssued(Guid.NewGuid(), Identifier, caseId, "食品经营许可证", "陈美华", "11350900MB0000000X",
            DateOnly.FromDateTime(DateTime.Today), null, DateTimeOffset.UtcNow));
        await fixture.Host.Eventually(async () =>
            (await agent.CaseAsync(caseId.ToString())).TryGetProperty("certificateIdentifier", out var i) && i.GetString() == Identifier ? true : (bool?)null,
            TimeSpan.FromSeconds(30));
        var current = await agent.CaseAsync(caseId.ToString());
        Assert.Equal(Identifier, current.GetProperty("certificateRevocation").Str("identifier"));  // the later identifier undid nothing

        await bus.Publish(revocation with { Reason = "redelivered" }, context => context.MessageId = messageId);
        await ApprovedCases.RedeliveredAsync(fixture, messageId, "CertificateRevokedConsumer");
        Assert.Equal(Reason, (await agent.CaseAsync(caseId.ToString())).GetProperty("certificateRevocation").Str("reason"));

        var text = await ApprovedCases.ResultNoticeTextAsync(agent, caseId);
        foreach (var expected in new[] { Identifier, "已撤销", Reason, "不再交付" }) Assert.Contains(expected, text);
        Assert.DoesNotContain("领取证照", text);
    }
}
