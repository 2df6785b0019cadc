using System.Runtime.CompilerServices;
using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Linkage.Intake.Persistence;

/// <summary>New cases written by one binary COPY on the context's connection, in its transaction, instead of an EF
/// insert command each (decision 0791). The columns, the property each is read from and its value conversion are the
/// model's, taken once per model: a row holds what EF's insert would have written, and the row version (<c>xmin</c>)
/// is the database's as with any insert.</summary>
internal sealed class CaseCopy
{
    private static readonly ConditionalWeakTable<IModel, CaseCopy> Shapes = new();

    private readonly string statement;
    private readonly Column[] columns;

    private CaseCopy(IModel model)
    {
        var cases = model.FindEntityType(typeof(IntakeCase))!;
        var table = model.GetRelationalModel().FindTable(cases.GetTableName()!, cases.GetSchema())!;
        columns = [.. table.Columns.Select(c => (Name: c.Name, c.StoreType, Property: Writer(c, cases)))
            .Where(c => c.Property.GetBeforeSaveBehavior() == PropertySaveBehavior.Save)
            .Select(c => new Column(c.Name, DataType(c.StoreType), ValueOf(c.Property, cases)))];
        statement = $"COPY \"{cases.GetSchema()}\".\"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
    }

    public static CaseCopy For(IModel model) => Shapes.GetValue(model, m => new CaseCopy(m));

    public async Task WriteAsync(IntakeDbContext db, IReadOnlyList<IntakeCase> cases, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(statement, ct);
        foreach (var @case in cases)
        {
            await copy.StartRowAsync(ct);
            foreach (var column in columns)
            {
                if (column.Value(@case) is { } value) await copy.WriteAsync(value, column.DataType, ct);
                else await copy.WriteNullAsync(ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>The property whose value EF writes to the column: the case's own or its complex properties', else the
    /// owned type's that shares the table (the proxy agent's).</summary>
    private static IProperty Writer(IColumn column, IEntityType cases)
    {
        var properties = column.PropertyMappings.Select(m => m.Property).ToList();
        var property = properties.FirstOrDefault(p => p.DeclaringType.ContainingEntityType == cases) ?? properties[0];
        if (property.FindAnnotation(RelationalAnnotationNames.DefaultValue) is not null
            || column.DefaultValueSql is not null || column.ComputedColumnSql is not null)
            throw new NotSupportedException($"{column.Name} has a store default, which EF's insert leaves out when the value is unset.");
        return property;
    }

    private static Func<IntakeCase, object?> ValueOf(IProperty property, IEntityType cases)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        Func<IntakeCase, object?> read = c => getter.GetClrValueUsingContainingEntity(c);
        if (property.DeclaringType.ContainingEntityType is var owned && owned != cases)
        {
            var owner = owned.FindOwnership()!.PrincipalToDependent!.GetGetter();
            read = c => owner.GetClrValueUsingContainingEntity(c) is { } dependent ? getter.GetClrValueUsingContainingEntity(dependent) : null;
        }
        return converter is null ? read : c => read(c) is { } value ? converter.ConvertToProvider(value) : null;
    }

    /// <summary>The store type without its facets (<c>character varying(40)</c> is <c>character varying</c>).</summary>
    private static string DataType(string storeType) => storeType.IndexOf('(') is var open and > 0 ? storeType[..open] : storeType;

    private sealed record Column(string Name, string DataType, Func<IntakeCase, object?> Value);
}
