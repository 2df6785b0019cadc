using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Catalog.Features.Import;

/// <summary>Imports accepted by this process and their progress (kept in memory: an import outlives no restart, and a
/// restart mid-write rolls the transaction back, so nothing is half written).</summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> log)
{
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();

    public ImportJob? Find(Guid id) => jobs.GetValueOrDefault(id);

    /// <summary>Writes the plan in the background; <paramref name="headroom"/> is given back once it is done.</summary>
    public ImportJob Start(string file, string division, ImportPlan plan, IDisposable headroom)
    {
        var job = new ImportJob(Guid.CreateVersion7(), file, division, plan.Total, DateTimeOffset.UtcNow);
        jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, plan, headroom));
        return job;
    }

    private async Task RunAsync(ImportJob job, ImportPlan plan, IDisposable headroom)
    {
        using var _ = headroom;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CatalogImporter>().WriteAsync(plan, job.Progress, CancellationToken.None);
            job.Finish(null);
            log.LogInformation("Catalog import {Id} of {File}: {Rows} rows written", job.Id, job.File, job.Total);
        }
        catch (Exception e)
        {
            job.Finish(e is PostgresException p ? p.MessageText : "The import failed; nothing was changed.");
            log.LogError(e, "Catalog import {Id} of {File} failed; rolled back", job.Id, job.File);
        }
    }
}

public sealed class ImportJob(Guid id, string file, string division, int total, DateTimeOffset startedAt)
{
    private readonly ConcurrentDictionary<string, int> written = new();

    public Guid Id => id;
    public string File => file;
    public string Division => division;
    public int Total => total;
    public DateTimeOffset StartedAt => startedAt;
    public DateTimeOffset? FinishedAt { get; private set; }
    public string? Error { get; private set; }
    public string State => FinishedAt is null ? "writing" : Error is null ? "succeeded" : "failed";
    public IReadOnlyDictionary<string, int> Written => written;

    public void Progress(string table, int rows) => written[table] = rows;

    public void Finish(string? error) => (Error, FinishedAt) = (error, DateTimeOffset.UtcNow);
}
