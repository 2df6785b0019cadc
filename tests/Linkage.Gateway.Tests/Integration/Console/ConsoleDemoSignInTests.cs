using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>Development only: the console's demo sign-in lists the staff demo users and signs a token the gateway
/// itself accepts; applicants (whose tokens need an ID digest) and unknown names are refused by field.</summary>
public sealed class ConsoleDemoSignInTests : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() =>
        gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>(), b => b.Environment.EnvironmentName = "Development");

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task Lists_staff_demo_users_without_applicants()
    {
        var users = await gateway.Http.GetFromJsonAsync<JsonElement>("/api/console/demo-users");

        var names = users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("clerk", names);
        Assert.Contains("reviewer-scjg", names);
        Assert.DoesNotContain("resident", names);
        Assert.DoesNotContain("idNumber", users.GetRawText());
    }

    [Fact]
    public async Task Signs_a_token_with_the_users_roles_that_the_gateway_accepts()
    {
        var response = await gateway.Http.PostAsJsonAsync("/api/console/demo-token", new { userName = "clerk" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("window-clerk", body.GetProperty("user").GetProperty("roles")[0].GetString());
        var token = body.GetProperty("token").GetString();
        var anonymous = await gateway.GetAsync("/api/intake/cases");
        var signedIn = await gateway.GetAsync("/api/intake/cases", token);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, signedIn.StatusCode);
    }

    [Theory]
    [InlineData("resident")]
    [InlineData("nobody")]
    public async Task Refuses_applicants_and_unknown_names_by_field(string userName)
    {
        var response = await gateway.Http.PostAsJsonAsync("/api/console/demo-token", new { userName });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("userName", out _));
    }
}
