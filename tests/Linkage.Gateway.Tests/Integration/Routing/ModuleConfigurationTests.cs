using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Gateway.Tests.Infrastructure;
using IntakeProbe = Linkage.Gateway.Tests.Probes.Intake;

namespace Linkage.Gateway.Tests;

public sealed class ModuleConfigurationTests
{
    [Fact]
    public async Task A_module_without_an_address_has_no_routes()
    {
        await using var backends = await Backends.StartAsync("catalog");
        await using var gateway = await GatewayHost.StartAsync(backends.GatewaySettings());
        var token = Tokens.For("clerk-2");
        using var channel = GrpcChannel.ForAddress(gateway.GrpcUrl);

        var rest = await gateway.GetAsync("/api/intake/cases", token);
        var grpc = await Assert.ThrowsAsync<RpcException>(async () => await new IntakeProbe.GatewayProbe.GatewayProbeClient(channel)
            .EchoAsync(new() { Text = "x" }, new Grpc.Core.Metadata { { "authorization", "Bearer " + token } }));
        var docs = await (await gateway.GetAsync("/api/docs/")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, rest.StatusCode);
        Assert.Equal(StatusCode.Unimplemented, grpc.StatusCode);
        Assert.Contains("api/catalog/openapi.json", docs);
        Assert.DoesNotContain("api/intake/openapi.json", docs);
    }

    [Fact]
    public async Task All_in_one_mode_routes_every_module_to_one_host()
    {
        await using var backends = await Backends.StartAsync("catalog");
        var host = backends["catalog"];
        var settings = Backends.Modules.SelectMany(m => new[]
        {
            KeyValuePair.Create($"Linkage:Gateway:Modules:{m}:Http", (string?)host.HttpUrl),
            KeyValuePair.Create($"Linkage:Gateway:Modules:{m}:Grpc", (string?)host.GrpcUrl),
        }).ToDictionary();
        await using var gateway = await GatewayHost.StartAsync(settings);
        var token = Tokens.For("clerk-3");

        var supervision = await gateway.GetAsync("/api/supervision/stats", token);
        var videoReview = await gateway.GetAsync("/api/video-review/sessions", token);

        Assert.Equal(HttpStatusCode.OK, supervision.StatusCode);
        Assert.Equal(HttpStatusCode.OK, videoReview.StatusCode);
        Assert.Contains("/api/supervision/stats", host.State.SeenPaths);
        Assert.Contains("/api/video-review/sessions", host.State.SeenPaths);
    }

    [Fact]
    public async Task A_module_that_does_not_answer_is_502_problem_details_without_its_address()
    {
        var deadPort = FreePort.Next();
        var settings = new Dictionary<string, string?> { ["Linkage:Gateway:Modules:intake:Http"] = $"http://127.0.0.1:{deadPort}" };
        await using var gateway = await GatewayHost.StartAsync(settings);

        var response = await gateway.GetAsync("/api/intake/cases", Tokens.For("clerk-5"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.DoesNotContain($"127.0.0.1:{deadPort}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Linkage:Gateway:Modules:catalog:Http", "catalog:8080")]
    [InlineData("Linkage:Gateway:Modules:catalog:Grpc", "ftp://catalog")]
    [InlineData("Linkage:Gateway:MaxRequestBodyBytes", "0")]
    [InlineData("Linkage:Gateway:RateLimit:PermitsPerSecond", "-1")]
    public async Task Bad_configuration_fails_at_start_up(string key, string value)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GatewayHost.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[^1], error.Message);
    }

    [Fact]
    public async Task Missing_signing_key_and_authority_fails_at_start_up()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GatewayHost.StartAsync(new Dictionary<string, string?> { ["Linkage:Auth:SigningKey"] = "" }));

        Assert.Contains("Linkage:Auth", error.Message);
    }
}
