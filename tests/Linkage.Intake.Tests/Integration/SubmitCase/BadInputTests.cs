using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Intake.Tests;

/// <summary>Bad input gets the right status with problem details naming the field, and leaves no row behind.</summary>
public sealed class BadInputTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string CountCases = "SELECT count(*) FROM intake.cases";
    private const string CountOutbox = "SELECT count(*) FROM intake.outbox_messages";

    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { "unknown matter", """{"matterCode":"999999999999","applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120020"},"principalConsent":true,"materials":[]}""", 422, "matterCode" },
        { "invalid ID checksum", """{"matterCode":"000121010000","applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120021"},"principalConsent":true,"materials":[]}""", 422, "applicant.idNumber" },
        { "material not in the list", """{"matterCode":"000121010000","applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120020"},"principalConsent":true,"materials":[{"code":"marriage-certificate"}]}""", 422, "materials[0].code" },
        { "no consent for proxy", """{"matterCode":"000121010000","applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120020"},"materials":[]}""", 422, "principalConsent" },
        { "wrong type", """{"matterCode":"000121010000","applicant":{"kind":"person","name":"陈美华","idNumber":350926198503120020},"principalConsent":true}""", 400, "applicant.idNumber" },
        { "malformed JSON", """{"matterCode":"000121010000", "applicant": {""", 400, "" },
        { "a 2 MB applicant name", $$"""{"matterCode":"000121010000","applicant":{"kind":"person","name":"{{new string('名', 2_000_000)}}","idNumber":"350926198503120020"},"principalConsent":true,"materials":[]}""", 422, "applicant.name" },
        { "a 201-character applicant name", $$"""{"matterCode":"000121010000","applicant":{"kind":"person","name":"{{new string('名', 201)}}","idNumber":"350926198503120020"},"principalConsent":true,"materials":[]}""", 422, "applicant.name" },
        { "a 65-character material code", $$"""{"matterCode":"000121010000","applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120020"},"principalConsent":true,"materials":[{"code":"{{new string('m', 65)}}"}]}""", 422, "materials[0].code" },
        { "missing applicant", """{"matterCode":"000121010000","principalConsent":true}""", 422, "applicant" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_naming_the_field_and_writes_nothing(string what, string json, int status, string field)
    {
        var (casesBefore, outboxBefore) = (await fixture.CountAsync(CountCases), await fixture.CountAsync(CountOutbox));
        using var agent = fixture.Host.CreateClient("agent");

        var response = await agent.PostAsync("/api/intake/cases", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True(status == (int)response.StatusCode, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        if (field.Length > 0) Assert.Contains(field, errors);
        else Assert.NotEmpty(errors);
        Assert.Equal(casesBefore, await fixture.CountAsync(CountCases));
        Assert.Equal(outboxBefore, await fixture.CountAsync(CountOutbox));
    }

    [Fact]
    public async Task A_201_character_idempotency_key_is_422_naming_the_header_and_writes_nothing()
    {
        var (casesBefore, keysBefore) = (await fixture.CountAsync(CountCases), await fixture.CountAsync("SELECT count(*) FROM intake.idempotency_keys"));
        using var agent = fixture.Host.CreateClient("agent");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases") { Content = JsonContent.Create(Applications.FoodPermitFor()) };
        request.Headers.Add("Idempotency-Key", new string('k', 201));

        var response = await agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Idempotency-Key", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(casesBefore, await fixture.CountAsync(CountCases));
        Assert.Equal(keysBefore, await fixture.CountAsync("SELECT count(*) FROM intake.idempotency_keys"));
    }

    [Fact]
    public async Task A_missing_token_is_401()
    {
        using var anonymous = fixture.Host.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Another_tier_cannot_see_the_case()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var created = await agent.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor());
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        using var otherCounty = fixture.Host.CreateClient("other-county-clerk");
        using var otherResident = fixture.Host.CreateClient("other-resident");
        using var resident = fixture.Host.CreateClient("resident");
        using var county = fixture.Host.CreateClient("clerk");

        Assert.Equal(HttpStatusCode.NotFound, (await otherCounty.GetAsync($"/api/intake/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherResident.GetAsync($"/api/intake/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync($"/api/intake/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/api/intake/cases/{id}")).StatusCode);
        var listed = (await otherCounty.GetFromJsonAsync<JsonElement>("/api/intake/cases")).Items();
        Assert.DoesNotContain(listed.EnumerateArray(), c => c.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task A_window_clerk_cannot_accept_for_a_centre_outside_their_scope()
    {
        using var otherCounty = fixture.Host.CreateClient("other-county-clerk");
        var response = await otherCounty.PostAsJsonAsync("/api/intake/cases",
            new { matterCode = Applications.FoodPermit, orgUnitId = "ou-350926-centre", applicant = new { kind = "person", name = "陈美华", idNumber = Applications.ResidentId } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
