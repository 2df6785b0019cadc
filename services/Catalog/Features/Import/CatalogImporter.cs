using Linkage.Catalog.Caching;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Catalog.Features.Import;

/// <summary>An import in three steps: read (CSV or JSON) → validate every row against the file and the stored
/// catalogue → write everything in one transaction with binary COPY. Shared by the endpoint and the host command.</summary>
public sealed class CatalogImporter(CatalogDbContext db, CatalogCache cache)
{
    public const int MaxProblems = 1_000;

    public static async Task<ImportBatch> ReadAsync(string file, Stream content, bool csv, CancellationToken ct)
    {
        // read as it arrives: a copy of the whole body first would hold the file twice (the bytes and the rows)
        var batch = csv ? await CsvImportReader.ReadAsync(file, new StreamReader(content), ct) : await JsonImportReader.ReadAsync(file, content, ct);
        return batch.Rows.Count == 0 && batch.Problems.Count == 0
            ? batch with { Problems = [new(file, 1, "body", "The file has no rows.")] }
            : batch;
    }

    public async Task<(ImportPlan? Plan, IReadOnlyList<ImportProblem> Problems)> ValidateAsync(ImportBatch batch, ImportScope scope, CancellationToken ct)
    {
        var validator = new ImportValidator(batch, await ImportKnown.LoadAsync(db, batch, ct), scope);
        var plan = validator.Validate();
        return (plan, validator.Problems.Take(MaxProblems).ToList());
    }

    // A bulk write can multiply a table's size before autovacuum notices; the guide and resolution plans need fresh figures.
    private const string RefreshStatistics = "ANALYZE catalog.regions, catalog.org_units, catalog.matters, catalog.implementations";

    public async Task WriteAsync(ImportPlan plan, Action<string, int> progress, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await new CatalogCopier(connection, progress).CopyAsync(plan, ct);
            await transaction.CommitAsync(ct);
            await using var analyze = new NpgsqlCommand(RefreshStatistics, connection);
            await analyze.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        cache.Invalidate();
    }
}
