using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

public sealed class SubmitCaseTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    [Fact]
    public async Task A_complete_proxy_application_gets_an_acceptance_slip_due_in_working_days()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var response = await agent.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        Assert.Equal("proxy", body.GetProperty("channel").GetString());
        Assert.Equal("350926********0020", body.GetProperty("applicant").GetProperty("maskedId").GetString());
        Assert.DoesNotContain(Applications.ResidentId, body.GetRawText());
        var slip = body.GetProperty("slip");
        var acceptedOn = DateOnly.Parse(slip.GetProperty("acceptedOn").GetString()!);
        var due = DateOnly.Parse(slip.GetProperty("dueDate").GetString()!);
        Assert.Equal(10, WorkingDayCalendar.China.WorkingDaysBetween(acceptedOn, due));
        Assert.Matches(@"^350926100201-\d{8}-\d{6}$", body.GetProperty("caseNumber").GetString());
        Assert.Equal("ou-350926-centre", body.GetProperty("handledBy").GetProperty("orgUnitId").GetString());
    }

    [Fact]
    public async Task Missing_materials_are_all_listed_in_one_notice()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var response = await agent.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor(materials: ["application-form"]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("awaiting-materials", body.GetProperty("status").GetString());
        var slip = body.GetProperty("slip");
        Assert.Equal("missing-materials-notice", slip.GetProperty("kind").GetString());
        var missing = slip.GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "id-copy", "premises-plan", "health-certificate" }, missing);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_case_and_creates_nothing_new()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var key = Guid.NewGuid().ToString();
        async Task<string> SubmitAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases") { Content = JsonContent.Create(Applications.FoodPermitFor()) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await agent.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        }

        var results = await Task.WhenAll(SubmitAsync(), SubmitAsync(), SubmitAsync());
        Assert.Single(results.Distinct());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{results[0]}'"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.idempotency_keys WHERE key = '{key}'"));
    }

    [Fact]
    public async Task An_idempotency_key_reused_with_another_body_is_422_and_creates_nothing()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> SubmitAsync(object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await agent.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(Applications.FoodPermitFor())).StatusCode);
        var casesBefore = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        var other = await SubmitAsync(Applications.FoodPermitFor(materials: ["application-form"]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var errors = JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("Idempotency-Key", errors.EnumerateObject().Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(casesBefore, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(Applications.FoodPermitFor())).StatusCode); // the same body still replays
    }

    [Fact]
    public async Task An_expired_idempotency_key_is_free_again_and_the_sweep_deletes_expired_keys()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var key = Guid.NewGuid().ToString();
        async Task<string> SubmitAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases") { Content = JsonContent.Create(Applications.FoodPermitFor()) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await agent.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        }

        var first = await SubmitAsync();
        await fixture.CountAsync($"UPDATE intake.idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = '{key}' RETURNING 1::bigint");
        var second = await SubmitAsync();

        Assert.NotEqual(first, second);
        await fixture.CountAsync("INSERT INTO intake.idempotency_keys (caller_subject, key, case_id, created_at) " +
            $"VALUES ('someone', 'old-{key}', '{first}', now() - interval '2 days') RETURNING 1::bigint");
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<Linkage.Intake.Features.SubmitCase.IdempotencyKeys>().SweepAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.idempotency_keys WHERE key = 'old-{key}'"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.idempotency_keys WHERE key = '{key}'"));
    }
}
