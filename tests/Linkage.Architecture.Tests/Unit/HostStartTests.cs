using Linkage.Host;
using Linkage.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Architecture.Tests;

/// <summary>Issue 17's memory target: the host is built slim and reads no key ring at start (decision 0781), with
/// what its routes need kept.</summary>
public sealed class HostStartTests
{
    [Fact]
    public void Authentication_brings_the_key_ring_preload_and_the_host_takes_it_out()
    {
        var services = new ServiceCollection();
        services.AddAuthentication();
        bool Preloads(IServiceCollection s) =>
            s.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == KeyRingAtStart.PreloadService);

        Assert.True(Preloads(services)); // the framework's service is still the one named
        Assert.False(Preloads(services.WithoutKeyRingPreload()));
    }

    [Fact]
    public async Task The_slim_host_still_resolves_the_regex_route_constraint()
    {
        var (app, _) = LinkageApp.Build(["--environment", "Development"], PublicRouteDriftTests.Settings());
        await using var host = app;
        var resolver = app.Services.GetRequiredService<IInlineConstraintResolver>();

        Assert.NotNull(resolver.ResolveConstraint(@"regex(^\d+\.\d)"));
    }
}
