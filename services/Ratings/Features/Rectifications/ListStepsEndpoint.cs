using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Rectifications;

public static class ListStepsEndpoint
{
    public sealed record StepView(string Step, string By, DateTimeOffset At, string? Note);

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/rectifications/{id:guid}/steps", Handle)
        .WithName("ListRectificationSteps")
        .WithSummary("Every step of a rectification in the caller's subtree: what, who and when (留痕).");

    private static async Task<Results<Ok<Page<StepView>>, ProblemHttpResult>> Handle(
        Guid id, PageRequest page, HttpContext http, RatingsDbContext db, CancellationToken ct)
    {
        if (!await db.Rectifications.VisibleTo(http.Caller()).AnyAsync(r => r.Id == id, ct)) return Problems.NotFound($"Rectification {id}");
        var steps = await db.Steps.AsNoTracking().Where(s => s.RectificationId == id)
            .PageAsync(page, o => o.Asc(s => s.At).Asc(s => s.Id), ct, withTotal: true);
        return TypedResults.Ok(steps.Map(s => new StepView(s.Step, s.By, s.At, s.Note)));
    }
}
