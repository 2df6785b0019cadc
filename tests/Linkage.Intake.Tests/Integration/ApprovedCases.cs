using System.Net;
using Linkage.Contracts.Events.Approval;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>A case the village agent took in for 陈美华, approved at the county as its CaseApproved reports it, and
/// completed here; what then happens to its licence is published on the bus by the test.</summary>
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
}
