using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Contracts.Ratings.V1;
using Linkage.Contracts.Supervision.V1;
using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>After a case completes: supervision's counts and cards and the applicant's rating over gRPC through the
/// gateway, with a division outside the caller's subtree NOT_FOUND and a malformed one INVALID_ARGUMENT.</summary>
public static class GrpcOversight
{
    public static async Task RunAsync(GrpcChannel channel, DemoTokens tokens, string caseId)
    {
        var clerk = Bearer(tokens.For("clerk"));
        var supervision = new SupervisionService.SupervisionServiceClient(channel);
        var stats = await Wait.Until(() => supervision.GetStatsAsync(new GetStatsRequest(), clerk).ResponseAsync,
            s => s.Completed >= 1, TimeSpan.FromSeconds(20), "a completed case in the counts");
        Assert.True(stats.Received >= stats.Completed);
        await supervision.ListAlertsAsync(new ListAlertsRequest { Level = "red" }, clerk);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() =>
            supervision.GetStatsAsync(new GetStatsRequest { Division = "110101000000" }, clerk).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);

        var ratings = new RatingsService.RatingsServiceClient(channel);
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            ratings.GetSatisfactionAsync(new GetSatisfactionRequest { Division = "35" }, clerk).ResponseAsync);
        Assert.Equal((StatusCode.InvalidArgument, "division"), (malformed.StatusCode, malformed.Trailers.GetValue("invalid-fields")));
        var resident = Bearer(tokens.For("resident"));
        // Ratings learns of the completion from an event: until then the case is unknown there (NOT_FOUND).
        var rating = await Wait.Until(async () =>
        {
            try { return await ratings.RateCaseAsync(new RateCaseRequest { CaseId = caseId, Channel = "station", Grade = 5 }, resident); }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) { return null; }
        }, TimeSpan.FromSeconds(20));
        Assert.Equal((caseId, 5, "station"), (rating.CaseId, rating.Grade, rating.Channel));
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
