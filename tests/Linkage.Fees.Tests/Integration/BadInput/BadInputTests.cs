using System.Net;
using System.Net.Http.Json;
using System.Text;
using Linkage.Fees.Features.Pay;

namespace Linkage.Fees.Tests.Integration;

/// <summary>Negative and fractional amounts, more than is due, a refund above what was paid, a forged provider
/// callback: problem details naming the field, and nothing changes.</summary>
[Collection(FeesCollection.Name)]
public sealed class BadInputTests(FeesHostFixture f)
{
    [Fact]
    public async Task Bad_amounts_are_refused_with_the_field_named_and_nothing_is_recorded()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        await f.FeeAsync(caseId);
        using var clerk = f.Host.CreateClient("clerk");
        var payments = $"/api/fees/cases/{caseId}/payments";

        var negative = await (await clerk.PostAsJsonAsync(payments, new { reference = "REF-NEG", amountFen = -5 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["amountFen"], negative.ErrorFields());
        var fractional = await (await clerk.PostAsync(payments, new StringContent("""{"reference":"REF-FRAC","amountFen":12.5}""", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["amountFen"], fractional.ErrorFields());
        var tooMuch = await (await clerk.PostAsJsonAsync(payments, new { reference = "REF-MUCH", amountFen = FeesHostFixture.DueFen + 1 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["amountFen"], tooMuch.ErrorFields());
        var refund = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/refunds", new { amountFen = 1, reason = "多收" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["amountFen"], refund.ErrorFields());

        var fee = await f.FeeAsync(caseId);
        Assert.Equal(0, fee.GetProperty("paidFen").GetInt64());
        Assert.Equal(0, fee.GetProperty("refundedFen").GetInt64());
        Assert.Equal(0, await f.CountAsync($"SELECT count(*) FROM fees.payments WHERE \"CaseId\" = '{caseId}'"));
    }

    [Fact]
    public async Task A_forged_callback_is_refused_and_a_signed_one_pays_once()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        await f.FeeAsync(caseId);
        using var provider = f.Host.CreateClient();
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1); // paid yesterday: not in today's reconciliation
        var body = Encoding.UTF8.GetBytes($$"""{"caseId":"{{caseId}}","transactionId":"WX{{caseId:N}}","amountFen":{{FeesHostFixture.DueFen}},"paidAt":"{{yesterday:O}}"}""");

        var forged = await provider.SendAsync(Callback(body, new ProviderSignature(new byte[32]).Sign(body)));
        Assert.Equal(["signature"], (await forged.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var unsigned = await provider.SendAsync(Callback(body, null));
        await unsigned.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, (await f.FeeAsync(caseId)).GetProperty("paidFen").GetInt64());

        var signature = new ProviderSignature(f.ProviderKey).Sign(body);
        var paid = await (await provider.SendAsync(Callback(body, signature))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("online", paid.GetProperty("channel").GetString());
        var replayed = await (await provider.SendAsync(Callback(body, signature))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(paid.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal("paid", (await f.FeeAsync(caseId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_the_handling_centres_window_collects_and_others_see_their_own_or_their_subtree()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        await f.FeeAsync(caseId);
        var url = $"/api/fees/cases/{caseId}";

        foreach (var user in new[] { "resident", "supervisor-county", "supervisor-city", "reviewer-scjg" })
        {
            using var reader = f.Host.CreateClient(user);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        }
        foreach (var user in new[] { "other-resident", "other-county-clerk", "town-clerk" })
        {
            using var outsider = f.Host.CreateClient(user);
            await (await outsider.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        }
        foreach (var user in new[] { "resident", "supervisor-county", "other-county-clerk" })
        {
            using var notTheWindow = f.Host.CreateClient(user);
            await (await notTheWindow.PostAsJsonAsync($"{url}/payments", new { reference = $"R-{user}", amountFen = 100 })).ProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(0, await f.CountAsync($"SELECT count(*) FROM fees.payments WHERE \"CaseId\" = '{caseId}'"));

        using var clerk = f.Host.CreateClient("clerk");
        var worklist = (await clerk.GetJsonAsync("/api/fees/cases?status=due")).Items();
        Assert.Contains(worklist.EnumerateArray(), r => r.GetProperty("caseId").GetGuid() == caseId);
        using var elsewhere = f.Host.CreateClient("other-county-clerk");
        Assert.Empty(((await elsewhere.GetJsonAsync("/api/fees/cases")).Items()).EnumerateArray());
        Assert.Equal(["status"], (await (await clerk.GetAsync("/api/fees/cases?status=owing")).ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    private static HttpRequestMessage Callback(byte[] body, string? signature) => OnlinePaymentTests.Callback(body, signature);
}
