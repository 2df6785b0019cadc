using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Materials;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Linkage.Intake.Features.SupplyMaterials;

/// <summary>Files for the materials a case awaits (each named by its code). A notice answered in full restarts the
/// clock from today; a supplement or 容缺 supply tells approval (MaterialsSupplied). <paramref name="readFiles"/> is
/// called only once the caller may supply to the case, so nobody else's upload is read; it gives null when the request
/// was not multipart.</summary>
public sealed class SupplyMaterialsHandler(IntakeDbContext db, IMaterialStore store, IConfiguration configuration, CaseSaves saves, TimeProvider clock)
{
    public async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        Guid id, Func<CancellationToken, Task<IReadOnlyList<IFormFile>?>> readFiles, CallerContext caller, CancellationToken ct)
    {
        var c = await db.Cases.SuppliableBy(caller).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (await readFiles(ct) is not { } files) return Problems.Invalid("files", "Send the files as multipart/form-data.");

        var maxBytes = configuration.GetValue("Intake:MaxMaterialBytes", 10L * 1024 * 1024);
        var errors = new FieldErrors().Require(files.Count > 0, "files", "At least one file is required.");
        var uploads = new List<UploadedMaterial>();
        foreach (var part in files)
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
        var window = c.Status == CaseStatus.AwaitingMaterials ? await AcceptingWindow.OfClerkAsync(db, caller, ct) : null; // may accept it
        c.Supply(uploads.Select(u => u.Code).Distinct().ToList(), now, ChinaTime.ToLocalDate(now), window);
        db.Audit(caller, "case.materials-supplied", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, materials = uploads.Select(u => u.Code).Distinct() });
        return await saves.SaveAndViewAsync(c, ct);
    }
}
