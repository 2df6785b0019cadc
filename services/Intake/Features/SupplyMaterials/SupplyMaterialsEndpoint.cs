using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Materials;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.SupplyMaterials;

/// <summary>Supply what a notice listed (multipart: one file part per material, named by its code). A notice
/// answered in full restarts the clock from today; a supplement or 容缺 supply tells approval (MaterialsSupplied).</summary>
public static class SupplyMaterialsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/materials", Handle)
        .WithName("SupplyMaterials")
        .WithSummary("Supply the materials a notice listed, as PDF, JPEG or PNG files.");

    private static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, IntakeDbContext db, IMaterialStore store, IConfiguration configuration,
        CaseSaves saves, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var c = await db.Cases.SuppliableBy(caller).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (!http.Request.HasFormContentType) return Problems.Invalid("files", "Send the files as multipart/form-data.");

        var form = await http.Request.ReadFormAsync(ct);
        var maxBytes = configuration.GetValue("Intake:MaxMaterialBytes", 10L * 1024 * 1024);
        var errors = new FieldErrors().Require(form.Files.Count > 0, "files", "At least one file is required.");
        var uploads = new List<UploadedMaterial>();
        foreach (var part in form.Files)
            if (await UploadedMaterial.ReadAsync(part, maxBytes, c.Awaited, errors, ct) is { } upload) uploads.Add(upload);
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        foreach (var u in uploads)
        {
            var file = new MaterialFile(Guid.CreateVersion7(now), c.Id, u.Code, u.FileName, u.ContentType, u.Content.Length,
                u.Sha256, caller.Subject, now);
            db.MaterialFiles.Add(file);
            store.Stage(file.Id, u.Content);
        }
        c.Supply(uploads.Select(u => u.Code).Distinct().ToList(), now, ChinaTime.ToLocalDate(now));
        db.Audit(caller, "case.materials-supplied", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, materials = uploads.Select(u => u.Code).Distinct() });
        return await saves.SaveAndViewAsync(c, ct);
    }
}
