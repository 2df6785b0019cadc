using Linkage.Host;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Linkage.Architecture.Tests;

/// <summary>The host runs on each module's compiled model (decision 0716), so a compiled model must be the model its
/// configuration builds: an entity, a configuration or an <c>OnModelCreating</c> changed without <c>./platform models</c>
/// fails here instead of in a host that reads and writes with the old mapping. Compared twice: the entity types as EF
/// prints them (properties, keys, indexes, navigations, with their annotations) and the tables, columns and constraints
/// as the migrations' differ sees them.</summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Contexts => new(ModuleRegistry.All.Select(m => ContextOf(m).Name));

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_compiled_model_is_the_model_the_configuration_builds(string context)
    {
        using var db = Create(ModuleRegistry.All.Select(ContextOf).Single(t => t.Name == context));
        var compiled = db.Model;
        var configured = db.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Printed(configured), Printed(compiled));
        Assert.Equal(Tables(configured), Tables(compiled));
        Assert.Equal(Mappings(configured), Mappings(compiled));
    }

    /// <summary>Generated with <c>--nativeaot</c> (decision 0775): each entity type's snapshot factories and property
    /// accessors are code in the compiled model, so no request compiles them at run time; Office's generator output
    /// does not compile with it and is generated without.</summary>
    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_compiled_model_carries_its_snapshot_factories_as_code(string context)
    {
        var module = ModuleRegistry.All.Select(ContextOf).Single(t => t.Name == context).Namespace!.Split('.')[1];
        var folder = Path.Combine(SourceSizeTests.RepoRoot(), "services", module, "Persistence", "CompiledModels");
        var entityTypes = Directory.EnumerateFiles(folder, "*EntityType.cs").ToList();

        Assert.NotEmpty(entityTypes);
        Assert.All(entityTypes, file => Assert.Equal(module != "Office", File.ReadAllText(file).Contains("SetOriginalValuesFactory(")));
    }

    /// <summary>Entity types, properties, keys, foreign keys, indexes and navigations (the runtime model keeps no
    /// design-time annotations, so those are left out).</summary>
    private static string Printed(IModel model) => model.ToDebugString(MetadataDebugStringOptions.ShortDefault);

    /// <summary>What the database sees: every table's columns with their store types and nullability, its keys and indexes.</summary>
    private static string[] Tables(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.OrderBy(t => t.SchemaQualifiedName).SelectMany(t =>
            t.Columns.Select(c => $"{t.SchemaQualifiedName}.{c.Name} {c.StoreType}{(c.IsNullable ? " null" : "")}")
                .Concat(t.UniqueConstraints.Select(k => $"{t.SchemaQualifiedName} key {k.Name} ({Names(k.Columns)})"))
                .Concat(t.Indexes.Select(i => $"{t.SchemaQualifiedName} index {i.Name} ({Names(i.Columns)}){(i.IsUnique ? " unique" : "")}"))
                .Concat(t.ForeignKeyConstraints.Select(f => $"{t.SchemaQualifiedName} fk {f.Name} ({Names(f.Columns)}) {f.OnDeleteAction}"))
                .Order(StringComparer.Ordinal)),
    ];

    /// <summary>How each property is read and written: its store type and the provider type of its value converter.</summary>
    private static string[] Mappings(IModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(e => e.GetFlattenedDeclaredProperties())
            .Select(p => $"{p.DeclaringType.Name}.{p.Name} {p.GetRelationalTypeMapping().StoreType} {p.GetTypeMapping().Converter?.ProviderClrType.Name}")
            .Order(StringComparer.Ordinal),
    ];

    private static string Names(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));

    private static Type ContextOf(ILinkageModule module) => module.GetType().BaseType!.GetGenericArguments()[0];

    private static DbContext Create(Type contextType)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        options.UseModel(CompiledModel.Of(contextType)).UseNpgsql("Host=localhost;Database=design");
        return (DbContext)Activator.CreateInstance(contextType, options.Options)!;
    }
}
