using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Contracts.Catalog.V1;

namespace Linkage.EndToEnd.Tests;

/// <summary>Integrators reach the same capabilities over gRPC through the gateway's HTTP/2 port.</summary>
public static class GrpcThroughGateway
{
    public static async Task ResolvesTheCountyForTheVillageAsync(Deployment deployment, string token)
    {
        using var channel = GrpcChannel.ForAddress(deployment.GatewayGrpc);
        var catalog = new CatalogService.CatalogServiceClient(channel);
        var reply = await catalog.ResolveCompetentUnitAsync(
            new ResolveCompetentUnitRequest
            {
                MatterCode = OneCaseScenario.FoodPermitMatter,
                DivisionCode = "350926100201",
                SubmittingOrgUnitId = "ou-350926100201-station",
            },
            new Metadata { { "Authorization", $"Bearer {token}" } },
            deadline: DateTime.UtcNow.AddSeconds(60)); // a bound against a hang, not a speed check: the first call on a loaded machine may take seconds

        Assert.True(reply.Found);
        Assert.Equal("ou-350926-centre", reply.OrgUnitId);
        Assert.True(reply.ProxyAllowed);
    }
}
