using System.Net;
using System.Text;

namespace Linkage.Ratings.Tests;

/// <summary>Bad ratings are refused naming the field, before anything is looked up or written.</summary>
public sealed class BadInputTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    [Theory]
    [InlineData("""{"grade":0,"channel":"online"}""", 422, "grade")]
    [InlineData("""{"grade":6,"channel":"online"}""", 422, "grade")]
    [InlineData("""{"channel":"online"}""", 422, "grade")]
    [InlineData("""{"grade":"five","channel":"online"}""", 400, "grade")]
    [InlineData("""{"grade":5,"channel":"fax"}""", 422, "channel")]
    [InlineData("""{"grade":5,"channel":"online","indicators":{"overall":9}}""", 422, "indicators.overall")]
    [InlineData("""{"grade":5,"channel":"online","indicators":{"attitude":5}}""", 422, "indicators.attitude")]
    [InlineData("""{"grade":5,"channel":"online","indicatorSet":"kiosk"}""", 422, "indicatorSet")]
    public async Task Bad_input_is_refused_naming_the_field(string partial, int status, string field)
    {
        var @case = await fixture.CaseAsync();
        var json = $$"""{"caseId":"{{@case.CaseId}}",""" + partial[1..];
        using var resident = fixture.Host.CreateClient("resident");

        var response = await resident.PostAsync("/api/ratings", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync((HttpStatusCode)status);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM ratings.ratings WHERE \"CaseId\" = '{@case.CaseId}'"));
    }
}
