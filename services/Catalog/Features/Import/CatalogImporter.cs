using Linkage.Catalog.Caching;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Catalog.Features.Import;

/// <summary>An import in two steps: read (CSV or JSON) and validate every row against the file and the stored
/// catalogue, a chunk at a time → write everything in one transaction with binary COPY. Shared by the endpoint and
/// the host command.</summary>
public sealed class CatalogImporter(CatalogDbContext db, CatalogCache cache)
{
    public const int MaxProblems = 1_000;

    /// <summary>The file as it arrives: neither the body nor all its rows are held at once (decisions 0610, 0652).</summary>
    public static ImportFile Read(string file, Stream content, bool csv) =>
        csv ? CsvImportReader.Read(file, new StreamReader(content)) : JsonImportReader.Read(file, content);

    public async Task<(ImportPlan? Plan, IReadOnlyList<ImportProblem> Problems)> ValidateAsync(ImportFile file, ImportScope scope, CancellationToken ct)
    {
        var validator = new ImportValidator(file, await ImportKnown.LoadAsync(db, ct), scope, rows => ImportKnown.NamedAsync(db, rows, ct));
        var plan = await validator.ValidateAsync(ct);
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
