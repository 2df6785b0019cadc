using System.Net;
using Linkage.Contracts.Events.Approval;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>A case the village agent took in for 陈美华, approved at the county as its CaseApproved reports it, and
/// completed here; what then happens to its licence is published on the bus by the test, and read back on the case
/// and its 办结通知书.</summary>
public static class ApprovedCases
{
    public const string Station = "ou-350926100201-station";

    public static async Task<Guid> CompletedAsync(IntakeHostFixture fixture, HttpClient agent)
    {
        var (status, created) = await agent.CallAsync("/api/intake/cases", Applications.FoodPermitFor(idNumber: "350926199001010010"));
        Assert.Equal(HttpStatusCode.Created, status);
        var caseId = Guid.Parse(created.Str("id"));
        await fixture.Host.Services.GetRequiredService<IBus>().Publish(new CaseApproved(caseId, created.Str("caseNumber"),
            Applications.FoodPermit, "食品经营许可", created.Str("implementationCode"), 1, "ou-350926-centre", "350926000000", Station,
            "陈美华", "350926********0010", fixture.Host.DigestOf("350926199001010010"), DateTimeOffset.UtcNow));
        await fixture.Host.Eventually(async () => (await agent.CaseAsync(caseId.ToString())).Str("status") == "completed" ? true : (bool?)null,
            TimeSpan.FromSeconds(30));
        return caseId;
    }

    /// <summary>A message redelivered under its id: waits until the consumer's inbox holds it, then gives the
    /// redelivery its turn (it must change nothing).</summary>
    public static async Task RedeliveredAsync(IntakeHostFixture fixture, Guid messageId, string consumer)
    {
        await fixture.Host.Eventually(async () => await fixture.CountAsync($"""
            SELECT count(*) FROM intake.inbox_messages WHERE message_id = '{messageId}' AND consumer LIKE '%.{consumer}'
            """) == 1 ? true : (bool?)null, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    /// <summary>The case's 办结通知书 as text without white space (a long identifier wraps).</summary>
    public static async Task<string> ResultNoticeTextAsync(HttpClient agent, Guid caseId)
    {
        using var response = await agent.GetAsync($"/api/intake/cases/{caseId}/documents/result-notice");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Concat((await PdfInspection.TextAsync(await response.Content.ReadAsByteArrayAsync())).Where(ch => !char.IsWhiteSpace(ch)));
    }
}
