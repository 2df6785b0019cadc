using System.Net;
using Linkage.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Linkage.Gateway.Tests;

/// <summary>The executable's own entry point and appsettings.json (in-memory server).</summary>
public sealed class ProgramTests : IClassFixture<ProgramTests.Factory>
{
    private readonly HttpClient client;

    public ProgramTests(Factory factory) => client = factory.CreateClient();

    [Fact]
    public async Task Entry_point_serves_health_and_protects_the_api()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/intake/cases")).StatusCode);
    }

    public sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("Linkage:Auth:SigningKey", Tokens.KeyBase64)
                .UseSetting("Linkage:Gateway:Modules:intake:Http", "http://127.0.0.1:9");
    }
}
