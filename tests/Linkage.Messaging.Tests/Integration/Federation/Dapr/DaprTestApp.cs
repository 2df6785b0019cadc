using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Federation.Dapr;

/// <summary>The app in Dapr mode as the sidecar sees it: the test module's database, the trusted test signers, the
/// app token <see cref="Token"/>, <c>Linkage:Serves</c> = 330100000000, the database as the deployment's (the failed
/// deliveries, decision 0686), and what <paramref name="configure"/> adds
/// (its federation handlers, say) before the federation routes are mapped.</summary>
public static class DaprTestApp
{
    public const string Token = "sidecar-token";

    public static async Task<WebApplication> StartAsync(
        OutboxDatabase database, Action<WebApplicationBuilder> configure, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(TestSigner.TrustSettings())
        {
            ["Linkage:Federation:Mode"] = "dapr",
            ["Linkage:Federation:AppApiToken"] = Token,
            ["Linkage:Federation:PubSubName"] = "pubsub-test",
            ["Linkage:Federation:DaprGrpcEndpoint"] = "http://127.0.0.1:9",
            ["Linkage:PersonalIdKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Linkage:Serves"] = "330100000000",
            ["ConnectionStrings:Linkage"] = database.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var builder = LoopbackApp.CreateBuilder(HttpProtocols.Http1, all);
        builder.Services.AddDbContext<TestDbContext>(o => o.UseNpgsql(database.ConnectionString));
        configure(builder);
        builder.Services.AddFederationBus(builder.Configuration);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapFederationEndpoints();
        await app.StartAsync();
        return app;
    }
}
