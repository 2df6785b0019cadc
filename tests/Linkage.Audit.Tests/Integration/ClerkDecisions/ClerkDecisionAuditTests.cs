using System.Net;
using System.Text.Json;

namespace Linkage.Audit.Tests;

/// <summary>Every intake clerk decision is in the trail with its actor, and supervisors read it in their subtree.</summary>
public sealed class ClerkDecisionAuditTests(AuditHostFixture fixture) : IClassFixture<AuditHostFixture>
{
    [Theory]
    [InlineData("acceptance", "case.accepted")]
    [InlineData("refusal", "case.refused")]
    [InlineData("material-requests", "case.materials-requested")]
    [InlineData("pre-review", "case.pre-reviewed")]
    public async Task A_clerk_decision_records_who_took_it(string step, string action)
    {
        var id = await fixture.SubmitAsync();
        object body = step switch
        {
            "refusal" => new { reason = "不属于本中心受理范围" },
            "material-requests" => new { materials = new[] { "application-form" } },
            _ => new { },
        };
        Assert.Equal(HttpStatusCode.OK, await fixture.PostAsync("clerk", $"/api/intake/cases/{id}/{step}", body));

        var (status, page) = await fixture.GetAsync("supervisor-county", $"/api/audit?targetType=case&targetId={id}");

        Assert.Equal(HttpStatusCode.OK, status);
        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(action, entry.GetProperty("action").GetString());
        Assert.Equal("clerk", entry.GetProperty("actorSubject").GetString());
        Assert.Equal("window-clerk", entry.GetProperty("actorRole").GetString());
        Assert.Equal("ou-350926-centre", entry.GetProperty("actorOrgUnit").GetString());
        Assert.Equal("350926000000", entry.GetProperty("actorDivision").GetString());
        Assert.Equal("intake", entry.GetProperty("chain").GetString());
        Assert.DoesNotContain("350926198503120020", entry.GetRawText());
    }

    [Fact]
    public async Task A_supervisor_outside_the_subtree_sees_nothing_and_other_roles_get_404()
    {
        var id = await fixture.SubmitAsync();
        Assert.Equal(HttpStatusCode.OK, await fixture.PostAsync("clerk", $"/api/intake/cases/{id}/acceptance", new { }));

        var (cityStatus, city) = await fixture.GetAsync("supervisor-city", $"/api/audit?targetType=case&targetId={id}");
        Assert.Equal(HttpStatusCode.OK, cityStatus);
        Assert.Single(city.GetProperty("items").EnumerateArray()); // the city's subtree holds the county

        var (otherStatus, other) = await fixture.GetAsync("supervisor-county", $"/api/audit?subject=other-county-clerk");
        Assert.Equal(HttpStatusCode.OK, otherStatus);
        Assert.Empty(other.GetProperty("items").EnumerateArray());

        foreach (var user in new[] { "clerk", "resident", "admin-province", "reviewer-scjg" })
            Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetAsync(user, $"/api/audit?subject=clerk")).Status);
    }

    [Fact]
    public async Task The_trail_pages_newest_first()
    {
        for (var i = 0; i < 3; i++)
        {
            var id = await fixture.SubmitAsync();
            Assert.Equal(HttpStatusCode.OK, await fixture.PostAsync("clerk", $"/api/intake/cases/{id}/acceptance", new { }));
        }

        var seen = new List<long>();
        string? next = null;
        for (var page = 0; page < 3; page++)
        {
            var (_, body) = await fixture.GetAsync("supervisor-county", $"/api/audit?subject=clerk&limit=1{(next is null ? "" : "&cursor=" + Uri.EscapeDataString(next))}");
            seen.Add(Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("seq").GetInt64());
            next = body.GetProperty("nextCursor").GetString();
        }

        Assert.Equal(seen.OrderDescending(), seen);
        Assert.Equal(3, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_query_without_subject_or_target_is_422_naming_the_field()
    {
        var (status, problem) = await fixture.GetAsync("supervisor-county", "/api/audit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("subject", out _));
    }

    [Fact]
    public async Task A_credit_flag_is_audited_with_a_digest_never_the_number()
    {
        Assert.Equal(HttpStatusCode.NoContent, await fixture.PostAsync("supervisor-county", "/api/intake/credit-flags",
            new { idNumber = "350981197806204416", reason = "提供虚假材料" }));

        var (_, page) = await fixture.GetAsync("supervisor-county", "/api/audit?subject=supervisor-county");
        var entry = page.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "credit-flag.flagged");
        Assert.Equal(fixture.Host.DigestOf("350981197806204416"), entry.GetProperty("targetId").GetString());
        Assert.DoesNotContain("350981197806204416", entry.GetRawText());
        Assert.Equal(JsonValueKind.Object, entry.GetProperty("detail").ValueKind);
    }
}
