using System.Data.Common;
using System.Runtime.CompilerServices;
using Linkage.Intake.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Linkage.Intake.Persistence;

/// <summary>A new case's row sent as the last statement of its save's batch (decision 0830) instead of EF's insert
/// command: one parameter a column, bound with the column's data type (<see cref="CaseColumns"/>, EF's own columns,
/// value conversions and store types), without EF's column modifications, the <c>RETURNING xmin</c> read back and
/// the accept after the save. The row version is the database's as with any insert; a later change reads the case
/// again.</summary>
internal sealed class CaseInsert : IStatementWithSave
{
    private static readonly ConditionalWeakTable<IModel, Shape> Shapes = new();

    private readonly Shape shape;
    private readonly IntakeCase @case;

    private CaseInsert(Shape shape, IntakeCase @case) => (this.shape, this.@case) = (shape, @case);

    public static CaseInsert Of(IModel model, IntakeCase @case) =>
        new(Shapes.GetValue(model, m => new Shape(CaseColumns.Of(m))), @case);

    public string AppendTo(DbCommand command, int place)
    {
        var (text, names) = shape.At(place);
        var columns = shape.Columns.All;
        for (var i = 0; i < columns.Count; i++)
            command.Parameters.Add(new NpgsqlParameter
            {
                ParameterName = names[i],
                DataTypeName = columns[i].DataType,
                Value = columns[i].Value(@case) ?? DBNull.Value,
            });
        return text;
    }

    /// <summary>The statement's text and parameter names for each place in a save, built once.</summary>
    private sealed class Shape(CaseColumns columns)
    {
        private (string Text, string[] Names)[] places = [];

        public CaseColumns Columns => columns;

        public (string Text, string[] Names) At(int place)
        {
            var known = places;
            if (place < known.Length) return known[place];
            var built = new (string, string[])[place + 1];
            known.CopyTo(built, 0);
            for (var p = known.Length; p < built.Length; p++)
            {
                var names = columns.All.Select((_, i) => $"new_case_{p}_{i}").ToArray();
                var values = string.Join(", ", names.Select(n => "@" + n));
                built[p] = ($"INSERT INTO {columns.Table} ({columns.Names}) VALUES ({values})", names);
            }
            places = built;
            return built[place];
        }
    }
}
