using System.Runtime.CompilerServices;
using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Linkage.Intake.Persistence;

/// <summary>The columns EF's insert of a new case writes, taken from EF's model once per model (decisions 0791, 0830):
/// each column of the table, the property EF writes to it (the case's own or its complex properties', else the owned
/// proxy agent's), that property's value converter and the column's store type (facets dropped) as the data type of
/// the value. Properties EF does not insert (<c>xmin</c>) are left out; a column with a store default or a computed
/// column makes it throw, since EF's insert would leave such a column out when unset.</summary>
internal sealed class CaseColumns
{
    private static readonly ConditionalWeakTable<IModel, CaseColumns> Known = new();

    private CaseColumns(IModel model)
    {
        var cases = model.FindEntityType(typeof(IntakeCase))!;
        var table = model.GetRelationalModel().FindTable(cases.GetTableName()!, cases.GetSchema())!;
        All = [.. table.Columns.Select(c => (Name: c.Name, c.StoreType, Property: Writer(c, cases)))
            .Where(c => c.Property.GetBeforeSaveBehavior() == PropertySaveBehavior.Save)
            .Select(c => new CaseColumn(c.Name, DataType(c.StoreType), ValueOf(c.Property, cases)))];
        Table = $"\"{cases.GetSchema()}\".\"{table.Name}\"";
        Names = string.Join(", ", All.Select(c => $"\"{c.Name}\""));
    }

    /// <summary>The table, schema-qualified and quoted.</summary>
    public string Table { get; }

    public IReadOnlyList<CaseColumn> All { get; }

    /// <summary>The columns' names, quoted and separated by commas, in the order of <see cref="All"/>.</summary>
    public string Names { get; }

    public static CaseColumns Of(IModel model) => Known.GetValue(model, m => new CaseColumns(m));

    private static IProperty Writer(IColumn column, IEntityType cases)
    {
        var properties = column.PropertyMappings.Select(m => m.Property).ToList();
        var property = properties.FirstOrDefault(p => p.DeclaringType.ContainingEntityType == cases) ?? properties[0];
        if (property.FindAnnotation(RelationalAnnotationNames.DefaultValue) is not null
            || column.DefaultValueSql is not null || column.ComputedColumnSql is not null)
            throw new NotSupportedException(
                $"{column.Name} has a store default, which EF's insert leaves out when the value is unset.");
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
            read = c => owner.GetClrValueUsingContainingEntity(c) is { } dependent
                ? getter.GetClrValueUsingContainingEntity(dependent)
                : null;
        }
        return converter is null ? read : c => read(c) is { } value ? converter.ConvertToProvider(value) : null;
    }

    /// <summary>The store type without its facets (<c>character varying(40)</c> is <c>character varying</c>).</summary>
    private static string DataType(string storeType) =>
        storeType.IndexOf('(') is var open and > 0 ? storeType[..open] : storeType;
}

/// <summary>A column of a new case's row: its name, its value's data type and how the value is read.</summary>
internal sealed record CaseColumn(string Name, string DataType, Func<IntakeCase, object?> Value);
