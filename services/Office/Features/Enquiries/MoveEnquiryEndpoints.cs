using Linkage.Kernel;
using Linkage.Office.Domain;
using Linkage.Office.Features.Posts;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Enquiries;

/// <summary>首问负责's trail: the owner hands the enquiry to a window post of the same centre; whoever works that post
/// today (its A, or its B when the A is off) accepts it and owns it; the owner closes it. Out of turn is a 409.</summary>
public static class MoveEnquiryEndpoints
{
    public sealed record HandOverRequest(string? WindowCode, string? Note);

    public sealed record CloseRequest(string? Note);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/enquiries/{id:guid}/handover", HandOver).WithName("HandOverEnquiry").WithSummary("Hand an enquiry over to a window post.");
        api.MapPost("/enquiries/{id:guid}/acceptance", Accept).WithName("AcceptEnquiry").WithSummary("Accept an enquiry handed to the caller's window post.");
        api.MapPost("/enquiries/{id:guid}/closure", Close).WithName("CloseEnquiry").WithSummary("Close an enquiry with its answer.");
        api.MapGet("/enquiries/{id:guid}", Get).WithName("GetEnquiry").WithSummary("One enquiry of the caller's scope with its steps.");
    }

    private static async Task<Results<Ok<EnquiryView>, Created<EnquiryView>, InvalidRequest, ProblemHttpResult>> HandOver(
        Guid id, HandOverRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (await EnquiryStore.FindAsync(db, id, caller, ct) is not { } enquiry) return Problems.NotFound($"Enquiry {id}");
        var code = request.WindowCode?.Trim();
        var note = request.Note?.Trim();
        var post = code is { Length: > 0 and <= OfficeLimits.WindowCodeLength }
            ? await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.OrgUnitId == enquiry.OrgUnitId && p.Code == code, ct) : null;
        var errors = new FieldErrors()
            .Require(post is not null, "windowCode", "No such window post at this enquiry's centre.")
            .Require(note is null || note.Length <= OfficeLimits.TextLength, "note", $"At most {OfficeLimits.TextLength} characters.");
        if (errors.Any) return Problems.Invalid(errors);
        var now = clock.GetUtcNow();
        var turn = await OwnerTurn.OfAsync(db, enquiry, caller, now, ct);
        if (!turn.Mine) return Problems.Conflict($"Enquiry {id} is {enquiry.Status} with {enquiry.OwnerName}; only its owner hands it over.");

        enquiry.HandOver(post!.Code, caller.Subject, Texts.Clip(caller.Name), note is { Length: > 0 } ? note : null, turn.CoveringFor, now);
        db.Audit(caller, "office.enquiry-handed-over", "enquiry", id.ToString(), new { window = post.Code });
        return await EnquiryStore.SaveAsync(db, enquiry, created: false, ct);
    }

    private static async Task<Results<Ok<EnquiryView>, Created<EnquiryView>, InvalidRequest, ProblemHttpResult>> Accept(
        Guid id, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (await EnquiryStore.FindAsync(db, id, caller, ct) is not { } enquiry) return Problems.NotFound($"Enquiry {id}");
        if (enquiry.Status != EnquiryStatus.HandedOver) return Problems.Conflict($"Enquiry {id} is {enquiry.Status}; nothing to accept.");
        var now = clock.GetUtcNow();
        var worked = await Cover.PostsWorkedByAsync(db, enquiry.OrgUnitId, caller.Subject, ChinaTime.ToLocalDate(now), ct);
        if (worked.FirstOrDefault(w => w.Post.Code == enquiry.WindowCode) is not { Post: not null } mine)
            return Problems.Conflict($"Window {enquiry.WindowCode} is not yours today: its A, or its B when the A is off, accepts it.");

        enquiry.Accept(caller.Subject, Texts.Clip(caller.Name), mine.Covering ? mine.Post.A : null, now);
        db.Audit(caller, "office.enquiry-accepted", "enquiry", id.ToString(), new { window = enquiry.WindowCode, covering = mine.Covering });
        return await EnquiryStore.SaveAsync(db, enquiry, created: false, ct);
    }

    private static async Task<Results<Ok<EnquiryView>, Created<EnquiryView>, InvalidRequest, ProblemHttpResult>> Close(
        Guid id, CloseRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (await EnquiryStore.FindAsync(db, id, caller, ct) is not { } enquiry) return Problems.NotFound($"Enquiry {id}");
        if (Texts.Of(request.Note, OfficeLimits.TextLength) is not { } note)
            return Problems.Invalid("note", $"How the enquiry was answered, 1 to {OfficeLimits.TextLength} characters.");
        var now = clock.GetUtcNow();
        var turn = await OwnerTurn.OfAsync(db, enquiry, caller, now, ct);
        if (!turn.Mine) return Problems.Conflict($"Enquiry {id} is {enquiry.Status} with {enquiry.OwnerName}; only its owner closes it.");

        enquiry.Close(caller.Subject, Texts.Clip(caller.Name), note, turn.CoveringFor, now);
        db.Audit(caller, "office.enquiry-closed", "enquiry", id.ToString());
        return await EnquiryStore.SaveAsync(db, enquiry, created: false, ct);
    }

    private static async Task<Results<Ok<EnquiryView>, ProblemHttpResult>> Get(Guid id, HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        if (await db.Enquiries.AsNoTracking().VisibleTo(http.Caller()).FirstOrDefaultAsync(e => e.Id == id, ct) is not { } enquiry)
            return Problems.NotFound($"Enquiry {id}");
        var steps = await db.EnquirySteps.AsNoTracking().Where(s => s.EnquiryId == id).ToListAsync(ct);
        return TypedResults.Ok(EnquiryView.From(enquiry, steps));
    }
}
