using System.Reflection;
using System.Text.RegularExpressions;
using Linkage.Host;

namespace Linkage.Architecture.Tests;

/// <summary>A module's Domain is the rules and nothing else: no Domain namespace, in any module, imports EF Core,
/// ASP.NET Core, MassTransit, a Persistence or a Messaging namespace, in its source or in its types' signatures.</summary>
public sealed partial class DomainPurityTests
{
    private static readonly string[] Forbidden =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MassTransit", "Npgsql", "Linkage.Messaging"];

    [Fact]
    public void No_domain_source_file_imports_infrastructure()
    {
        var root = SourceSizeTests.RepoRoot();
        var offences = Directory.EnumerateFiles(Path.Combine(root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/"))
            .Select(f => (File: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)))
            .Where(f => DomainNamespace().IsMatch(f.Text))
            .SelectMany(f => Imports().Matches(f.Text).Select(m => m.Groups[1].Value).Where(IsForbidden).Select(u => $"{f.File}: {u}"))
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void The_scan_finds_the_domain_files_of_the_modules()
    {
        var root = SourceSizeTests.RepoRoot();
        var withDomain = Directory.EnumerateFiles(Path.Combine(root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => DomainNamespace().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Path.Combine(root, "services"), f).Split('/')[0])
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "Catalog", "Intake", "Approval", "Certificates" }, withDomain);
    }

    [Fact]
    public void No_domain_type_exposes_infrastructure_in_its_signatures()
    {
        var offences = ModuleRegistry.All.Select(m => m.GetType().Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is { } ns && (ns.EndsWith(".Domain") || ns.Contains(".Domain.")))
            .SelectMany(t => SignatureTypes(t).Where(s => IsForbidden(s.Namespace ?? "")).Select(s => $"{t.FullName} uses {s.FullName}"))
            .Distinct()
            .ToList();
        Assert.Empty(offences);
    }

    private static bool IsForbidden(string ns) =>
        Forbidden.Any(f => ns == f || ns.StartsWith(f + ".")) || ns.EndsWith(".Persistence") || ns.EndsWith(".Messaging")
        || ns.Contains(".Persistence.") || ns.Contains(".Messaging.");

    private static IEnumerable<Type> SignatureTypes(Type t)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type?> { t.BaseType };
        types.AddRange(t.GetInterfaces());
        types.AddRange(t.GetFields(all).Select(f => f.FieldType));
        types.AddRange(t.GetProperties(all).Select(p => p.PropertyType));
        foreach (var m in t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all)))
        {
            if (m is MethodInfo mi) types.Add(mi.ReturnType);
            types.AddRange(m.GetParameters().Select(p => p.ParameterType));
        }
        return types.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type t) =>
        t.HasElementType ? Unwrap(t.GetElementType()!)
        : t.IsGenericType ? t.GetGenericArguments().SelectMany(Unwrap).Prepend(t.GetGenericTypeDefinition())
        : [t];

    [GeneratedRegex(@"^namespace\s+Linkage\.\w+\.Domain(\.\w+)*\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex DomainNamespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Imports();
}
