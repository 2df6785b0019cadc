using System.Runtime.CompilerServices;
using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Linkage.Intake.Persistence;

/// <summary>New cases written by one binary COPY on the context's connection, in its transaction, instead of an EF
/// insert command each (decision 0791). The columns are EF's insert's (<see cref="CaseColumns"/>): a row holds what
/// EF's insert would have written, and the row version (<c>xmin</c>) is the database's as with any insert.</summary>
internal sealed class CaseCopy
{
    private static readonly ConditionalWeakTable<IModel, CaseCopy> Shapes = new();

    private readonly string statement;
    private readonly IReadOnlyList<CaseColumn> columns;

    private CaseCopy(IModel model)
    {
        var shape = CaseColumns.Of(model);
        columns = shape.All;
        statement = $"COPY {shape.Table} ({shape.Names}) FROM STDIN (FORMAT BINARY)";
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
}
