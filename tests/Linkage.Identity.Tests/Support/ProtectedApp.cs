using System.Net.Http.Headers;
using System.Net.Http.Json;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Linkage.Identity.Tests;

/// <summary>A minimal web app on real Kestrel with the modules' own authentication (<see cref="AuthExtensions.AddLinkageAuth"/>)
/// and one endpoint that answers the caller as the modules see it (<see cref="CallerContextFactory"/>).</summary>
public sealed class ProtectedApp(WebApplication app, HttpClient http) : IAsyncDisposable
{
    public static WebApplication Build(string environment, IReadOnlyDictionary<string, string?> auth, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(auth.Select(kv => KeyValuePair.Create($"Linkage:Auth:{kv.Key}", kv.Value))
            .Append(KeyValuePair.Create("Kestrel:Endpoints:Http:Url", (string?)$"http://127.0.0.1:{port}")));
        builder.Services.AddLinkageAuth(builder.Configuration);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/caller", (HttpContext http) => Seen.Of(http.Caller()));
        return app;
    }

    public static async Task<ProtectedApp> StartAsync(IReadOnlyDictionary<string, string?> auth, string environment = "Development")
    {
        var port = FreePort.Next();
        var app = Build(environment, auth, port);
        await app.StartAsync();
        return new ProtectedApp(app, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) });
    }

    /// <summary>The caller for this token, or null when the app answers 401.</summary>
    public async Task<Seen?> CallerAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/caller");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Seen>();
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record Seen(string Subject, string Name, string[] Roles, string? Division, string? OrgUnitId, string? DepartmentId, string? IdDigest)
{
    public static Seen Of(CallerContext c) =>
        new(c.Subject, c.Name, c.Roles.Order().ToArray(), c.Division?.Value, c.OrgUnitId, c.DepartmentId, c.IdDigest);
}
