using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Linkage.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>Least privilege over cases (decision 0300): reviewers see their department's cases once approval's
/// ReviewOpened has reached intake; clerks and agents see what their own centre or station took in or handles;
/// supervisors see their subtree; applicants their own.</summary>
public sealed class VisibilityTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private async Task<(string Id, string CaseNumber)> AcceptedOnlineAsync()
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (status, body) = await resident.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        Assert.Equal(HttpStatusCode.Created, status);
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.CallAsync($"/api/intake/cases/{body.Str("id")}/acceptance", null)).Status);
        return (body.Str("id"), body.Str("caseNumber"));
    }

    private Task OpenReviewAsync(string id, string caseNumber, params string[] departments) =>
        fixture.Host.Services.GetRequiredService<IBus>().Publish(new ReviewOpened(
            Guid.Parse(id), caseNumber, departments, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)), DateTimeOffset.UtcNow));

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<IEnumerable<string>> IdsAsync(HttpClient client) =>
        ((await client.GetFromJsonAsync<JsonElement>("/api/intake/cases?limit=500")).Items()).EnumerateArray().Select(c => c.Str("id"));

    [Fact]
    public async Task A_reviewer_sees_a_case_once_their_department_reviews_it_and_another_department_never()
    {
        var (id, number) = await AcceptedOnlineAsync();
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        using var gaj = fixture.Host.CreateClient("reviewer-gaj");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(scjg, $"/api/intake/cases/{id}"));

        await OpenReviewAsync(id, number, "dep-350926-scjg", "dep-350926-wsjk");

        await fixture.Host.Eventually(async () => await StatusAsync(scjg, $"/api/intake/cases/{id}") == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(scjg, $"/api/intake/cases/{id}/documents/acceptance-slip"));
        Assert.Contains(id, await IdsAsync(scjg));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(gaj, $"/api/intake/cases/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(gaj, $"/api/intake/cases/{id}/documents/acceptance-slip"));
        Assert.DoesNotContain(id, await IdsAsync(gaj));
    }

    /// <summary>The projection's one insert (decision 0655): a review opened again under a new message id, naming a department
    /// twice and one more, adds that department once and keeps the first.</summary>
    [Fact]
    public async Task A_review_opened_again_adds_only_the_departments_not_yet_recorded()
    {
        var (id, number) = await AcceptedOnlineAsync();
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        await OpenReviewAsync(id, number, "dep-350926-scjg");
        await OpenReviewAsync(id, number, "dep-350926-scjg", "dep-350926-wsjk", "dep-350926-wsjk");

        await fixture.Host.Eventually(async () => await StatusAsync(wsjk, $"/api/intake/cases/{id}") == HttpStatusCode.OK);
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var recorded = await db.Set<CaseDepartment>().Where(d => d.CaseId == Guid.Parse(id)).Select(d => d.DepartmentId).ToListAsync();
        Assert.Equal(new[] { "dep-350926-scjg", "dep-350926-wsjk" }, recorded.Order());
    }

    [Theory]
    [InlineData("resident", HttpStatusCode.OK)]
    [InlineData("clerk", HttpStatusCode.OK)]                 // the county centre handles it
    [InlineData("supervisor-county", HttpStatusCode.OK)]
    [InlineData("agent", HttpStatusCode.NotFound)]           // the applicant's home village station never handled it
    [InlineData("town-clerk", HttpStatusCode.NotFound)]      // nor did the town centre
    [InlineData("reviewer-gaj", HttpStatusCode.NotFound)]
    [InlineData("chief", HttpStatusCode.NotFound)]           // no ReviewOpened for it yet
    [InlineData("other-resident", HttpStatusCode.NotFound)]
    public async Task A_private_online_application_is_seen_by_its_applicant_the_handling_centre_and_supervisors(
        string user, HttpStatusCode expected)
    {
        var (id, _) = await AcceptedOnlineAsync();
        using var client = fixture.Host.CreateClient(user);

        Assert.Equal(expected, await StatusAsync(client, $"/api/intake/cases/{id}"));
        Assert.Equal(expected, await StatusAsync(client, $"/api/intake/cases/{id}/documents/acceptance-slip"));
    }

    [Fact]
    public async Task The_village_station_sees_the_proxy_cases_it_took_in()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var (status, body) = await agent.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        Assert.Equal(HttpStatusCode.Created, status);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(agent, $"/api/intake/cases/{body.Str("id")}"));
        using var town = fixture.Host.CreateClient("town-clerk");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(town, $"/api/intake/cases/{body.Str("id")}"));
    }
}
