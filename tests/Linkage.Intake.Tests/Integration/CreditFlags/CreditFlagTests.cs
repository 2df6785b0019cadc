using System.Net;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Intake.Tests;

/// <summary>Credit flags are recorded in the flagger's division, lifted only within the subtree that recorded them
/// and only with a reason; every change keeps who, where, when and why.</summary>
public sealed class CreditFlagTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Person = "350926199001010010";

    private Task<long> FlagsAsync(string digest) =>
        fixture.CountAsync($"SELECT count(*) FROM intake.credit_flags WHERE id_digest = '{digest}'");

    private HttpClient OtherCountySupervisor()
    {
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Host.TokenFor(
            new DemoUser("supervisor-350981", "福安市电子监察室", [Roles.Supervisor], "350981000000")));
        return client;
    }

    [Fact]
    public async Task A_flag_is_lifted_within_its_subtree_with_a_reason_and_both_changes_are_kept()
    {
        var digest = fixture.Host.DigestOf(Person);
        using var county = fixture.Host.CreateClient("supervisor-county");
        Assert.Equal(HttpStatusCode.NoContent, (await county.CallAsync("/api/intake/credit-flags", new { idNumber = Person, reason = "失信被执行人" })).Status);
        Assert.Equal(1, await FlagsAsync(digest));

        using var otherCounty = OtherCountySupervisor();
        var (outside, _) = await otherCounty.CallAsync("/api/intake/credit-flags/removals", new { idNumber = Person, reason = "已履行" });
        Assert.Equal(HttpStatusCode.NotFound, outside);
        using var city = fixture.Host.CreateClient("supervisor-city");
        var (noReason, problem) = await city.CallAsync("/api/intake/credit-flags/removals", new { idNumber = Person, reason = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.Equal(["reason"], problem.Errors());
        Assert.Equal(1, await FlagsAsync(digest));

        var (lifted, _) = await city.CallAsync("/api/intake/credit-flags/removals", new { idNumber = Person, reason = "已履行，信用修复" });

        Assert.Equal(HttpStatusCode.NoContent, lifted);
        Assert.Equal(0, await FlagsAsync(digest));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.credit_flag_changes WHERE id_digest = '{digest}' " +
            "AND action = 'Flagged' AND actor = 'supervisor-county' AND actor_division = '350926000000' AND reason = '失信被执行人'"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.credit_flag_changes WHERE id_digest = '{digest}' " +
            "AND action = 'Unflagged' AND actor = 'supervisor-city' AND division = '350926000000' AND reason = '已履行，信用修复'"));
        Assert.Equal(HttpStatusCode.NotFound, (await city.CallAsync("/api/intake/credit-flags/removals", new { idNumber = Person, reason = "x" })).Status);
    }

    [Fact]
    public async Task A_flag_recorded_elsewhere_still_counts_but_is_not_ours_to_lift()
    {
        const string company = "91350926MA2Y00000D";
        var digest = fixture.Host.DigestOf(company);
        using var otherCounty = OtherCountySupervisor();
        Assert.Equal(HttpStatusCode.NoContent, (await otherCounty.CallAsync("/api/intake/credit-flags", new { creditCode = company, reason = "经营异常" })).Status);

        using var county = fixture.Host.CreateClient("supervisor-county");
        Assert.Equal(HttpStatusCode.NotFound, (await county.CallAsync("/api/intake/credit-flags/removals", new { creditCode = company, reason = "x" })).Status);
        Assert.Equal(1, await FlagsAsync(digest));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.credit_flag_changes WHERE id_digest = '{digest}' AND action = 'Unflagged'"));
    }
}
