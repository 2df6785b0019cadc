using System.Text.Json;
using Linkage.Contracts.Events.Certificates;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>The case shows its licence's hand-over (已领取, decision 0658): when, by which agent, and who collected it —
/// only the masked ID, a company's collector by name with the authorisation letter (0659) — on the case and on the
/// 办结通知书, which then no longer invites the holder to collect it; a redelivered hand-over is applied once.</summary>
public sealed class LicenceHandOverTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Identifier = "11350900MB0000000X001000000421.1";
    private const string CollectorId = "11010519491231002X", CollectorMasked = "110105********002X";

    [Fact]
    public async Task A_hand_over_shows_on_the_case_and_its_notice_with_the_masked_collector_once()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var caseId = await ApprovedCases.CompletedAsync(fixture, agent);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(new CertificateIssued(Guid.NewGuid(), Identifier, caseId, "食品经营许可证", "陈美华", "11350900MB0000000X",
            DateOnly.FromDateTime(DateTime.Today), null, DateTimeOffset.UtcNow));
        await fixture.Host.Eventually(async () => (await agent.CaseAsync(caseId.ToString())).TryGetProperty("certificateIdentifier", out var i)
            && i.GetString() == Identifier ? true : (bool?)null, TimeSpan.FromSeconds(30));
        Assert.False((await agent.CaseAsync(caseId.ToString())).TryGetProperty("certificateDelivery", out _));   // none yet

        var deliveredAt = new DateTimeOffset(2026, 12, 4, 2, 30, 0, TimeSpan.Zero);
        var delivered = new CertificateDelivered(Guid.NewGuid(), Identifier, caseId, "village-station", ApprovedCases.Station, deliveredAt,
            "agent-350926100201", "溪坪村代办员", CollectorMasked, "林志强", "柘荣美华〔2026〕3号");
        var messageId = Guid.NewGuid();
        await bus.Publish(delivered, context => context.MessageId = messageId);
        var shown = (await fixture.Host.Eventually(async () =>
            (await agent.CaseAsync(caseId.ToString())).TryGetProperty("certificateDelivery", out var d)
                ? d : (JsonElement?)null, TimeSpan.FromSeconds(30)))!.Value;
        Assert.Equal((Identifier, "village-station", "agent-350926100201", CollectorMasked, "林志强", "柘荣美华〔2026〕3号"),
            (shown.Str("identifier"), shown.Str("method"), shown.Str("by"), shown.Str("recipientMaskedId"), shown.Str("recipientName"),
                shown.Str("authorisationLetter")));
        Assert.Equal(deliveredAt, shown.GetProperty("at").GetDateTimeOffset());

        await bus.Publish(delivered with { RecipientName = "redelivered" }, context => context.MessageId = messageId);
        await ApprovedCases.RedeliveredAsync(fixture, messageId, "CertificateDeliveredConsumer");
        Assert.Equal("林志强", (await agent.CaseAsync(caseId.ToString())).GetProperty("certificateDelivery").Str("recipientName"));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"HandOver\"::text LIKE '%{CollectorId}%'"));

        var text = await ApprovedCases.ResultNoticeTextAsync(agent, caseId);
        foreach (var expected in new[] { "已领取", "2026年12月4日", "林志强", CollectorMasked, "溪坪村代办员", "已交付领取人" }) Assert.Contains(expected, text);
        Assert.DoesNotContain("到收件地点领取证照", text);
    }
}
