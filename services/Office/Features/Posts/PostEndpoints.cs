using System.Text.RegularExpressions;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Posts;

/// <summary>AB角: the centre's management staffs a window post with its A and B (two different people).</summary>
public static partial class PostEndpoints
{
    public sealed record PostRequest(string? Name, string? A, string? AName, string? B, string? BName);

    public sealed record PostView(string OrgUnitId, string Code, string Name, string A, string AName, string B, string BName)
    {
        public static PostView From(WindowPost p) => new(p.OrgUnitId, p.Code, p.Name, p.A, p.AName, p.B, p.BName);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/posts/{code}", Put).RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin)).WithName("PutWindowPost")
            .WithSummary("Set a window post of the centre with its A (岗位责任人) and B (替岗人).");
        api.MapGet("/posts", async (PageRequest page, HttpContext http, OfficeDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Posts.AsNoTracking().VisibleTo(http.Caller())
                    .PageAsync(page, o => o.Asc(p => p.OrgUnitId).Asc(p => p.Code), ct)).Map(PostView.From)))
            .WithName("ListWindowPosts").WithSummary("The window posts (AB角) of the caller's centre or subtree.");
    }

    private static async Task<Results<Ok<PostView>, InvalidRequest, ProblemHttpResult>> Put(
        string code, PostRequest request, HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.ManagedCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var (name, a, aName, b, bName) = (Texts.Of(request.Name, OfficeLimits.NameLength), Texts.Of(request.A, OfficeLimits.SubjectLength),
            Texts.Of(request.AName, OfficeLimits.NameLength), Texts.Of(request.B, OfficeLimits.SubjectLength), Texts.Of(request.BName, OfficeLimits.NameLength));
        var errors = new FieldErrors()
            .Require(WindowCode().IsMatch(code), "code", "A window code is 1 to 8 letters or digits.")
            .Require(name is not null, "name", $"A name of 1 to {OfficeLimits.NameLength} characters is required.")
            .Require(a is not null, "a", "The A (岗位责任人): the staff member's subject.")
            .Require(aName is not null, "aName", $"The A's name, 1 to {OfficeLimits.NameLength} characters.")
            .Require(b is not null, "b", "The B (替岗人): the staff member's subject.")
            .Require(bName is not null, "bName", $"The B's name, 1 to {OfficeLimits.NameLength} characters.");
        if (a is not null && a == b) errors.Add("b", "The B must be another staff member than the A.");
        if (errors.Any) return Problems.Invalid(errors);

        var post = await db.Posts.FirstOrDefaultAsync(p => p.OrgUnitId == centre && p.Code == code, ct);
        if (post is null) db.Posts.Add(post = new WindowPost(centre, caller.Division!.Value.Value, code));
        post.Staff(name!, a!, aName!, b!, bName!);
        db.Audit(caller, "office.post-staffed", "window", code, new { centre, a, b });
        if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        return TypedResults.Ok(PostView.From(post));
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,8}$")]
    private static partial Regex WindowCode();
}
