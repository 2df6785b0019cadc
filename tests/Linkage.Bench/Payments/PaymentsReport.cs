using System.Net;
using System.Text;
using Linkage.Bench.Pacing;
using Linkage.Fees.Features.Pay;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Bench.Payments;

/// <summary>The online payment provider's signed callback (支付结果通知, issue 18) through the gateway, anonymous, at
/// <c>--payments-rate</c> a second (default 20): each pays one prepared fee-bearing case in full, so every callback
/// does the whole work (signature, assessment, receipt number, payment, clearance). Afterwards the payments are
/// counted: exactly one per answered callback.</summary>
public static class PaymentsReport
{
    private static readonly DemoUser CountyAdmin = new("admin-county", "县政务服务管理局", [Roles.TierAdmin], "350926000000");

    public static async Task<long> RunAsync(string[] args, BenchOptions options, BenchTokens tokens)
    {
        var rate = new ScenarioArgs(args).Number("--payments-rate", 20);
        var pg = options.Postgres ?? throw new InvalidOperationException("--pg is needed for the payments scenario.");
        using (var admin = BenchHttp.Create(options.Direct, tokens.For(CountyAdmin))) await FeeBearingPharmacy.PublishAsync(admin);
        using var clerk = BenchHttp.Create(options.Direct, tokens.For("clerk"));
        var fees = new FeeCases(clerk, pg);
        var count = (int)Math.Ceiling(rate * options.Duration.TotalSeconds) + 1;
        Console.WriteLine($"payments: {count} fee-bearing cases taken at the county window, then paid by signed provider callbacks through the gateway");
        var cases = await fees.PrepareAsync(count);

        var signature = new ProviderSignature(Convert.FromBase64String(File.ReadAllText(Path.Combine(options.State, "fees-provider.key")).Trim()));
        using var provider = BenchHttp.Create(options.Gateway, null);
        var result = await OpenLoop.RunAsync("callback", rate, options.Duration, async n =>
        {
            var caseId = cases[(int)n];
            var body = Encoding.UTF8.GetBytes(
                $$"""{"caseId":"{{caseId}}","transactionId":"BENCH{{caseId:N}}","amountFen":{{FeeBearingPharmacy.DueFen}},"paidAt":"{{DateTimeOffset.UtcNow:O}}"}""");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/fees/callbacks/online") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add(ProviderSignature.Header, signature.Sign(body));
            using var response = await provider.SendAsync(request);
            return response.StatusCode == HttpStatusCode.Created;
        });
        Figure.P99("payment provider callback (POST /api/fees/callbacks/online, signed)", result, 100, rate);
        var recorded = await fees.PaymentsAsync(cases);
        Console.WriteLine($"  payments recorded for the run's cases: {recorded} (callbacks answered 201: {result.Accepted})");
        return result.Failed + Math.Abs(recorded - result.Accepted);
    }
}
