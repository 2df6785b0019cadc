using System.Net;
using System.Net.Http.Headers;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>REST only on the HTTP port, gRPC only on the gRPC port.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ListenerSplitTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/api/catalog/matters")]
    [InlineData("/api/intake/cases")]
    [InlineData("/api/catalog/openapi.json")]
    [InlineData("/api/docs/")]
    public async Task Rest_paths_are_not_served_on_the_grpc_port(string path)
    {
        var response = await fixture.Gateway.SendOnGrpcPortAsync(GatewayHost.Request(HttpMethod.Get, path, fixture.Token));

        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Grpc_paths_are_not_served_on_the_http_port()
    {
        var seen = fixture.Backends["catalog"].State.SeenPaths;
        var request = GatewayHost.Request(HttpMethod.Post, "/linkage.catalog.v1.GatewayProbe/Echo", fixture.Token);
        request.Content = new ByteArrayContent([0, 0, 0, 0, 0]);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");

        var response = await fixture.Gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("/linkage.catalog.v1.GatewayProbe/Echo", seen);
    }

    [Fact]
    public async Task Grpc_port_refuses_http1()
    {
        using var http1 = new HttpClient { BaseAddress = new Uri(fixture.Gateway.GrpcUrl) };

        var response = await http1.GetAsync("/api/catalog/matters");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
    }

    [Fact]
    public async Task Unknown_grpc_package_is_not_routed()
    {
        var request = GatewayHost.Request(HttpMethod.Post, "/linkage.billing.v1.BillingService/Pay", fixture.Token);
        request.Content = new ByteArrayContent([0, 0, 0, 0, 0]);

        var response = await fixture.Gateway.SendOnGrpcPortAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
