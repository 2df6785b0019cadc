using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Linkage.Catalog.Features.Import;

/// <summary>Writes a validated plan with PostgreSQL binary COPY, one table after the other, on the caller's open
/// connection and transaction (so the import is all or nothing). Progress is reported every <see cref="Step"/> rows.</summary>
public sealed class CatalogCopier(NpgsqlConnection connection, Action<string, int> progress)
{
    public const int Step = 5_000;

    public async Task CopyAsync(ImportPlan plan, CancellationToken ct)
    {
        await CopyAsync("regions", """ "Code","Name","Level","ParentCode" """, plan.Regions, async (w, r) =>
        {
            await w.WriteAsync(r.Code, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Name, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Level.ToString(), NpgsqlDbType.Varchar, ct);
            await Nullable(w, r.ParentCode, ct);
        }, ct);
        await CopyAsync("org_units", """ "Id","Name","Kind","DivisionCode","CreditCode","Address","Hours","Phone","Windows" """, plan.OrgUnits, async (w, o) =>
        {
            foreach (var text in new[] { o.Id, o.Name, o.Kind.ToString(), o.DivisionCode }) await w.WriteAsync(text, NpgsqlDbType.Varchar, ct);
            await Nullable(w, o.CreditCode, ct);
            await w.WriteAsync(o.Address, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(o.Hours, NpgsqlDbType.Varchar, ct);
            await Nullable(w, o.Phone, ct);
            await w.WriteAsync(JsonColumn.Serialize(o.Windows), NpgsqlDbType.Jsonb, ct);
        }, ct);
        await CopyAsync("departments", """ "Id","OrgUnitId","Name","CreditCode" """, plan.Departments, async (w, d) =>
        {
            foreach (var text in new[] { d.Id, d.OrgUnitId, d.Name, d.CreditCode }) await w.WriteAsync(text, NpgsqlDbType.Varchar, ct);
        }, ct);
        await CopyAsync("matters", """ "Code","Name","Type","Keywords","Versions" """, plan.Matters, async (w, m) =>
        {
            foreach (var text in new[] { m.Code, m.Name, m.Type.ToString() }) await w.WriteAsync(text, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(m.Keywords.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(JsonColumn.Serialize(m.Versions), NpgsqlDbType.Jsonb, ct);
        }, ct);
        await CopyAsync("implementations", ImplementationRows.Columns, plan.Implementations, (w, i) => ImplementationRows.WriteAsync(w, i, ct), ct);
    }

    private async Task CopyAsync<T>(string table, string columns, IReadOnlyList<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY catalog.{table} ({columns.Trim()}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await writer.StartRowAsync(ct);
                await write(writer, rows[i]);
                if ((i + 1) % Step == 0) progress(table, i + 1);
            }
            await writer.CompleteAsync(ct);
        }
        progress(table, rows.Count);
    }

    internal static Task Nullable(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Varchar, ct);
}
