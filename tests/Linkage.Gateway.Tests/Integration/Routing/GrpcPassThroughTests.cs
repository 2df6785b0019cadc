using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Gateway.Tests.Infrastructure;
using CatalogProbe = Linkage.Gateway.Tests.Probes.Catalog;
using IntakeProbe = Linkage.Gateway.Tests.Probes.Intake;

namespace Linkage.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class GrpcPassThroughTests(GatewayFixture fixture) : IDisposable
{
    private readonly GrpcChannel channel = GrpcChannel.ForAddress(fixture.Gateway.GrpcUrl);

    private Metadata Auth => new() { { "authorization", "Bearer " + fixture.Token } };

    [Fact]
    public async Task Unary_call_reaches_the_module_named_by_the_package_over_http2()
    {
        var catalog = await new CatalogProbe.GatewayProbe.GatewayProbeClient(channel)
            .EchoAsync(new() { Text = "区划" }, Auth, deadline: DateTime.UtcNow.AddSeconds(10));
        var intake = await new IntakeProbe.GatewayProbe.GatewayProbeClient(channel)
            .EchoAsync(new() { Text = "收件" }, Auth, deadline: DateTime.UtcNow.AddSeconds(10));

        Assert.Equal(("catalog", "HTTP/2", "区划"), (catalog.Module, catalog.Protocol, catalog.Text));
        Assert.Equal("/linkage.catalog.v1.GatewayProbe/Echo", catalog.Path);
        Assert.Equal("Bearer " + fixture.Token, catalog.Authorization);
        Assert.Equal(("intake", "HTTP/2", "收件"), (intake.Module, intake.Protocol, intake.Text));
    }

    [Fact]
    public async Task Server_streaming_passes_through()
    {
        using var call = new CatalogProbe.GatewayProbe.GatewayProbeClient(channel).Count(new() { Count = 5 }, Auth);

        var texts = new List<string>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync()) texts.Add(reply.Text);

        Assert.Equal(["1", "2", "3", "4", "5"], texts);
    }

    [Fact]
    public async Task Call_without_token_is_unauthenticated_and_never_reaches_the_module()
    {
        var before = fixture.Backends["catalog"].State.SeenPaths.Count;

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await new CatalogProbe.GatewayProbe.GatewayProbeClient(channel).EchoAsync(new() { Text = "x" }));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(before, fixture.Backends["catalog"].State.SeenPaths.Count);
    }

    public void Dispose() => channel.Dispose();
}
