using System.Net;

namespace Linkage.Ratings.Tests;

/// <summary>A hall kiosk rates a completed case through the pad invitation the resident brings: the token stands for
/// the applicant, the channel is the invitation's, and the invitation is used up (decision 0514).</summary>
public sealed class KioskRatingTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    [Fact]
    public async Task The_kiosk_rates_through_the_invitation_once_and_never_without_one()
    {
        var @case = await fixture.CaseAsync(channel: "window", handlingOrgUnit: "ou-350926-centre");
        var pad = await fixture.InvitationAsync(@case.CaseId, "window");

        var rated = await (await fixture.RateAsync(new { token = pad.Str("token"), grade = 5, channel = "online" }, "kiosk")).CreatedAsync();
        Assert.Equal(("window", 5), (rated.Str("channel"), rated.GetProperty("grade").GetInt32()));

        var twice = await fixture.RateAsync(new { token = pad.Str("token"), grade = 1 }, "kiosk");
        Assert.Equal("token", (await twice.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        await (await fixture.RateAsync(new { token = "not-an-invitation", grade = 1 }, "kiosk")).ProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.RateAsync(new { caseId = @case.CaseId, channel = "window", grade = 1 }, "kiosk")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM ratings.ratings WHERE \"CaseId\" = '{@case.CaseId}'"));
    }
}
