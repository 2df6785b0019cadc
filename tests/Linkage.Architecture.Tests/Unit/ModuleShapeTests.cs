using System.Text.RegularExpressions;
using Linkage.Host;
using Linkage.Kernel.Rules;
using Linkage.ServiceDefaults.Modules;

namespace Linkage.Architecture.Tests;

/// <summary>One shape per module and per rule (decisions 0590, 0591): every module derives from
/// <see cref="LinkageModule{TContext}"/> and leaves the shared registration to it; every class named <c>…Rule</c> is a
/// sealed <see cref="IBusinessRule"/> (a slice's own input rules may stay in its folder, as Catalog's do).</summary>
public sealed partial class ModuleShapeTests
{
    [Fact]
    public void Every_module_has_the_shared_shape()
    {
        var offences = ModuleRegistry.All.Select(m => m.GetType())
            .Where(t => !t.IsSealed || t.BaseType is not { IsGenericType: true } b || b.GetGenericTypeDefinition() != typeof(LinkageModule<>))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void No_module_repeats_what_the_shared_shape_registers()
    {
        var root = SourceSizeTests.RepoRoot();
        var services = Path.Combine(root, "services");
        var offences = Directory.EnumerateFiles(services, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/BuildingBlocks/"))
            .SelectMany(f => SharedRegistration().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(root, f)}: {m.Value}"))
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void Every_class_named_rule_is_a_sealed_business_rule()
    {
        var offences = ModuleRegistry.All.Select(m => m.GetType().Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Rule", StringComparison.Ordinal))
            .Where(t => !typeof(IBusinessRule).IsAssignableFrom(t) || !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void The_converted_modules_check_their_state_with_rules()
    {
        var withRules = ModuleRegistry.All.Select(m => m.GetType().Assembly)
            .Where(a => a.GetTypes().Any(t => typeof(IBusinessRule).IsAssignableFrom(t) && !t.IsAbstract))
            .Select(a => a.GetName().Name)
            .ToHashSet();
        Assert.Superset(new HashSet<string?> { "Linkage.Ratings", "Linkage.Supervision", "Linkage.Certificates" }, withRules);
    }

    [GeneratedRegex(@"AddModuleDbContext<|AddModuleConsumer<|MigrateModuleAsync<|MapGrpcService<|AddHostedService<SweepService<|MapGroup\(PathPrefix\)")]
    private static partial Regex SharedRegistration();
}
