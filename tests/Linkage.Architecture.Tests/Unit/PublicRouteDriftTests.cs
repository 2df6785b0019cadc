using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Linkage.Gateway.Proxy;
using Linkage.Host;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace Linkage.Architecture.Tests;

/// <summary>The gateway opens exactly the REST endpoints the modules mark <c>AllowAnonymous</c> (issue 20, hole 5):
/// the verification by QR payload and the published keys were anonymous in certificates and refused at the gateway.</summary>
public sealed partial class PublicRouteDriftTests
{
    [Fact]
    public async Task The_gateways_public_routes_are_the_modules_anonymous_endpoints()
    {
        var (app, _) = LinkageApp.Build(["--environment", "Development"], Settings());
        await using var host = app;
        var anonymous = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) && !p.EndsWith("openapi.json", StringComparison.Ordinal))
            .Select(Normalised)
            .ToHashSet();
        var gateway = PublicRoute.All.Select(r => Normalised(r.Path)).ToHashSet();

        Assert.NotEmpty(anonymous);
        Assert.Empty(anonymous.Except(gateway)); // anonymous in a module, refused at the gateway
        Assert.Empty(gateway.Except(anonymous)); // open at the gateway, no longer anonymous in the module
    }

    /// <summary>Parameter names and constraints do not matter to the match.</summary>
    private static string Normalised(string path) => Parameter().Replace(path, "{}");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();

    internal static Dictionary<string, string?> Settings()
    {
        static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var settings = new Dictionary<string, string?>
        {
            ["Linkage:Modules"] = "all",
            ["ConnectionStrings:Linkage"] = "Host=127.0.0.1;Port=1;Database=none",
            ["Linkage:RabbitMq:Uri"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Linkage:Auth:SigningKey"] = Key(),
            ["Linkage:PersonalIdKey"] = Key(),
            ["Linkage:Federation:Mode"] = "rabbitmq",
            ["Linkage:Federation:AppId"] = "linkage",
        };
        foreach (var module in ModuleRegistry.All) settings[$"Linkage:Grpc:{module.GetType().Name.Replace("Module", "")}"] = "http://127.0.0.1:1";
        return settings;
    }
}
