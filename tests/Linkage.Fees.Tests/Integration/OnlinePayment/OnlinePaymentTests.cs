using System.Net;
using System.Net.Http.Json;
using System.Text;
using Linkage.Fees.Features.Pay;

namespace Linkage.Fees.Tests.Integration;

/// <summary>The applicant starts paying their own case online; the provider's signed callback under the order number
/// completes it. Someone else's case is not found and nothing is written; a callback that does not fit its order is refused.</summary>
[Collection(FeesCollection.Name)]
public sealed class OnlinePaymentTests(FeesHostFixture f)
{
    [Fact]
    public async Task The_applicant_starts_an_online_payment_and_the_signed_callback_completes_it()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        await f.FeeAsync(caseId);
        using var resident = f.Host.CreateClient("resident");
        var start = $"/api/fees/cases/{caseId}/online-payments";

        foreach (var outsider in new[] { "other-resident", "clerk", "supervisor-county" })
        {
            using var client = f.Host.CreateClient(outsider);
            await (await client.PostAsync(start, null)).ProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(0, await f.CountAsync($"SELECT count(*) FROM fees.online_orders WHERE \"CaseId\" = '{caseId}'"));

        var order = await (await resident.PostAsync(start, null)).JsonAsync(HttpStatusCode.Created);
        var orderNumber = order.GetProperty("orderNumber").GetString()!;
        Assert.Equal(FeesHostFixture.DueFen, order.GetProperty("amountFen").GetInt64());

        using var provider = f.Host.CreateClient();
        var short1 = Body(caseId, orderNumber, FeesHostFixture.DueFen - 1);
        var misfit = await provider.SendAsync(Callback(short1, new ProviderSignature(f.ProviderKey).Sign(short1)));
        Assert.Equal(["transactionId"], (await misfit.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, (await f.FeeAsync(caseId)).GetProperty("paidFen").GetInt64());

        var body = Body(caseId, orderNumber, FeesHostFixture.DueFen);
        var paid = await (await provider.SendAsync(Callback(body, new ProviderSignature(f.ProviderKey).Sign(body)))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("online", orderNumber), (paid.GetProperty("channel").GetString(), paid.GetProperty("reference").GetString()));
        Assert.Equal("paid", (await f.FeeAsync(caseId, "resident")).GetProperty("status").GetString());
        Assert.Equal(1, await f.CountAsync($"SELECT count(*) FROM fees.online_orders WHERE \"OrderNumber\" = '{orderNumber}' AND \"PaidAt\" IS NOT NULL"));

        await (await resident.PostAsync(start, null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await f.CountAsync($"SELECT count(*) FROM fees.online_orders WHERE \"CaseId\" = '{caseId}'"));
    }

    // paid yesterday: out of today's reconciliation, which another test of the collection checks to the fen
    private static byte[] Body(Guid caseId, string transactionId, long amountFen) => Encoding.UTF8.GetBytes(
        $$"""{"caseId":"{{caseId}}","transactionId":"{{transactionId}}","amountFen":{{amountFen}},"paidAt":"{{DateTimeOffset.UtcNow.AddDays(-1):O}}"}""");

    public static HttpRequestMessage Callback(byte[] body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/fees/callbacks/online") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null) request.Headers.Add(ProviderSignature.Header, signature);
        return request;
    }
}
