using System.Reflection;
using Linkage.Host;

namespace Linkage.Architecture.Tests;

/// <summary>Modules talk over gRPC and RabbitMQ only: no module assembly may reference another one,
/// and only the host knows them all.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules = ModuleRegistry.All.Select(m => m.GetType().Assembly).ToArray();

    [Fact]
    public void Every_service_is_a_module_of_the_host()
    {
        var names = ModuleRegistry.All.Select(m => m.Name).ToArray();
        Assert.Equal(["catalog", "intake", "approval", "certificates", "videoreview", "ratings", "supervision", "fees", "hall", "office", "webhooks"], names);
    }

    [Fact]
    public void No_module_references_another_module()
    {
        var moduleNames = Modules.Select(a => a.GetName().Name).ToHashSet();
        var offences = Modules
            .SelectMany(a => a.GetReferencedAssemblies().Where(r => moduleNames.Contains(r.Name)).Select(r => $"{a.GetName().Name} -> {r.Name}"))
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void Building_blocks_reference_no_module()
    {
        var moduleNames = Modules.Select(a => a.GetName().Name).ToHashSet();
        var buildingBlocks = new[] { "Linkage.Kernel", "Linkage.Messaging", "Linkage.ServiceDefaults", "Linkage.Contracts", "Linkage.Documents" }
            .Select(n => Assembly.Load(n));
        var offences = buildingBlocks
            .SelectMany(a => a.GetReferencedAssemblies().Where(r => moduleNames.Contains(r.Name)).Select(r => $"{a.GetName().Name} -> {r.Name}"))
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void The_kernel_is_pure_code()
    {
        var references = Assembly.Load("Linkage.Kernel").GetReferencedAssemblies().Select(r => r.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore") || r.StartsWith("Microsoft.EntityFrameworkCore") || r.StartsWith("MassTransit"));
    }

    [Fact]
    public void Module_path_prefixes_are_distinct_and_under_api()
    {
        var prefixes = ModuleRegistry.All.Select(m => m.PathPrefix).ToList();
        Assert.All(prefixes, p => Assert.StartsWith("/api/", p));
        Assert.Equal(prefixes.Count, prefixes.Distinct().Count());
    }
}
