using System.Net;
using System.Security.Cryptography;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class AuthenticationTests(GatewayFixture fixture)
{
    [Fact]
    public async Task No_token_is_401_problem_details_with_a_bearer_challenge()
    {
        var response = await fixture.Gateway.GetAsync("/api/intake/cases");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "wrong key", Tokens.For("clerk-1", key: RandomNumberGenerator.GetBytes(32)) },
        { "wrong issuer", Tokens.For("clerk-1", issuer: "someone-else") },
        { "wrong audience", Tokens.For("clerk-1", audience: "other-app") },
        { "expired", Tokens.For("clerk-1", expires: DateTime.UtcNow.AddMinutes(-5)) },
        { "garbage", "not.a.jwt" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Invalid_token_is_401_and_the_module_never_sees_the_request(string why, string token)
    {
        var path = $"/api/approval/tasks/{Guid.NewGuid()}";

        var response = await fixture.Gateway.GetAsync(path, token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(path, fixture.Backends["approval"].State.SeenPaths);
        Assert.NotNull(why);
    }

    [Fact]
    public async Task Valid_token_passes()
    {
        var response = await fixture.Gateway.GetAsync("/api/approval/tasks", fixture.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
