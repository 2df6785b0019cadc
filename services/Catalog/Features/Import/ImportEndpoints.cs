using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Hosting;

namespace Linkage.Catalog.Features.Import;

/// <summary><c>POST /imports</c> (body: the file, <c>text/csv</c> or JSON; <c>?name=</c> for the report) validates the
/// whole file at once: 422 with every problem (file, row, field, reason) and nothing written, or 202 and the write
/// runs in one transaction; <c>GET /imports/{id}</c> shows its progress.</summary>
public static class ImportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/imports", Start).WithName("StartImport").WithSummary("Import a catalogue file (CSV or JSON): validated whole, then written in one transaction.").ForTierAdmins().Accepts<object>("application/json", "text/csv");
        api.MapGet("/imports/{id:guid}", Progress).WithName("GetImport").WithSummary("An import's progress and report.").ForTierAdmins();
    }

    private static async Task<Results<Accepted<ImportJobView>, InvalidRequest>> Start(
        string? name, HttpContext http, CatalogImporter importer, ImportJobs jobs, GcHeadroom gc, CatalogDbContext db,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var csv = http.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
        var file = string.IsNullOrWhiteSpace(name) ? (csv ? "upload.csv" : "upload.json") : Path.GetFileName(name);
        // the plan is held until the job has written it: the GC's limit raised until then (decision 0841)
        var headroom = gc.Raise();
        ImportJob? job = null;
        try
        {
            var scope = new ImportScope(caller.Covers, caller.KeepsTheCatalogue());
            var (plan, problems) = await importer.ValidateAsync(
                CatalogImporter.Read(file, http.Request.Body, csv), scope, ct);
            if (plan is null) return Report(problems);
            job = jobs.Start(file, caller.Division!.Value.Value, plan, headroom);
        }
        finally
        {
            if (job is null) headroom.Dispose();
        }
        db.Audit(caller, "catalog.import-started", "import", job.Id.ToString(), new { file });
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/catalog/imports/{job.Id}", ImportJobView.From(job));
    }

    private static Results<Ok<ImportJobView>, ProblemHttpResult> Progress(Guid id, HttpContext http, ImportJobs jobs) =>
        jobs.Find(id) is { } job && http.Caller().Covers(job.Division)
            ? TypedResults.Ok(ImportJobView.From(job))
            : NotFoundProblem.Field("id", $"Import {id}");

    private static InvalidRequest Report(IReadOnlyList<ImportProblem> problems)
    {
        var errors = new FieldErrors();
        foreach (var p in problems) errors.Add(p.Field, $"{p.File} row {p.Row}: {p.Reason}");
        var invalid = Problems.Invalid(errors, "The import file is not valid; nothing was imported.");
        invalid.Value.Extensions["problems"] = problems;
        return invalid;
    }
}

public sealed record ImportJobView(
    Guid Id, string File, string State, int Total, IReadOnlyDictionary<string, int> Written, string? Error,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    public static ImportJobView From(ImportJob j) =>
        new(j.Id, j.File, j.State, j.Total, new Dictionary<string, int>(j.Written), j.Error, j.StartedAt, j.FinishedAt);
}
