using System.Net;
using System.Net.Http.Json;
using Grpc.Net.Client;
using Linkage.Gateway.Tests.Infrastructure;
using CatalogProbe = Linkage.Gateway.Tests.Probes.Catalog;

namespace Linkage.Gateway.Tests;

public sealed class BodySizeLimitTests : IAsyncLifetime
{
    private const int Limit = 4096;
    private Backends backends = null!;
    private GatewayHost gateway = null!;
    private readonly string token = Tokens.For("clerk-9");

    public async Task InitializeAsync()
    {
        backends = await Backends.StartAsync("intake", "catalog");
        var settings = backends.GatewaySettings();
        settings["Linkage:Gateway:MaxRequestBodyBytes"] = Limit.ToString();
        gateway = await GatewayHost.StartAsync(settings);
    }

    private Task<HttpResponseMessage> Post(HttpContent content)
    {
        var request = GatewayHost.Request(HttpMethod.Post, "/api/intake/cases/1/materials", token);
        request.Content = content;
        return gateway.Http.SendAsync(request);
    }

    [Fact]
    public async Task Declared_oversized_body_is_413_problem_details()
    {
        var response = await Post(new ByteArrayContent(new byte[Limit + 1]));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.DoesNotContain("/api/intake/cases/1/materials", backends["intake"].State.SeenPaths);
    }

    [Fact]
    public async Task Chunked_oversized_body_is_413_problem_details()
    {
        var content = new StreamContent(new MemoryStream(new byte[Limit * 4]));
        var request = GatewayHost.Request(HttpMethod.Post, "/api/intake/cases/1/materials", token);
        request.Content = content;
        request.Headers.TransferEncodingChunked = true;

        var response = await gateway.Http.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Body_within_the_limit_is_forwarded()
    {
        var response = await Post(new ByteArrayContent(new byte[Limit]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Limit, (await response.Content.ReadFromJsonAsync<EchoReply>())!.BodyBytes);
    }

    [Fact]
    public async Task Grpc_messages_are_bounded_by_the_modules_not_by_the_rest_limit()
    {
        using var channel = GrpcChannel.ForAddress(gateway.GrpcUrl);
        var text = new string('字', Limit);

        var reply = await new CatalogProbe.GatewayProbe.GatewayProbeClient(channel)
            .EchoAsync(new() { Text = text }, new Grpc.Core.Metadata { { "authorization", "Bearer " + token } });

        Assert.Equal(text, reply.Text);
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await backends.DisposeAsync();
    }
}
