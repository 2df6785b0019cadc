namespace Linkage.Ratings.Features.Rectifications;


/// <summary>The steps of the rectification loop (差评整改), in order: visit → classify → (complete | appeal-decision)
/// → follow-up.</summary>
public static class RectificationStepEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/rectifications/{id:guid}");
        steps.MapPost("/visit", (Guid id, VisitRequest body, HttpContext http, StepRunner run, CancellationToken ct) =>
            VisitStep.RunAsync(run, id, body, http.Caller(), ct)).WithName("VisitRater")
            .WithSummary("The handling unit records the return visit (回访核实), made through the contact relay.");
        steps.MapPost("/classify", (Guid id, ClassifyRequest body, HttpContext http, StepRunner run, CancellationToken ct) =>
            ClassifyStep.RunAsync(run, id, body, http.Caller(), ct)).WithName("ClassifyRectification")
            .WithSummary("The unit classifies the bad rating: fix-at-once, ledger, explanation or appeal.");
        steps.MapPost("/complete", (Guid id, CompleteRequest body, HttpContext http, StepRunner run, CancellationToken ct) =>
            CompleteStep.RunAsync(run, id, body, http.Caller(), ct)).WithName("CompleteRectification")
            .WithSummary("The unit reports a ledger rectification done; the result goes to the rater.");
        steps.MapPost("/appeal-decision", (Guid id, AppealDecisionRequest body, HttpContext http, StepRunner run, CancellationToken ct) =>
            AppealDecisionStep.RunAsync(run, id, body, http.Caller(), ct)).WithName("DecideAppeal")
            .WithSummary("A supervisor over the region upholds or overturns the unit's appeal (申诉).");
        steps.MapPost("/follow-up", (Guid id, FollowUpRequest body, HttpContext http, StepRunner run, CancellationToken ct) =>
            FollowUpStep.RunAsync(run, id, body, http.Caller(), ct)).WithName("FollowUpRating")
            .WithSummary("The rater adds their one follow-up rating (追评); the rectification closes.");
    }
}
