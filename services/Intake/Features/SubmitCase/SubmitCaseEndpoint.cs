using Linkage.Intake.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Features.SubmitCase;

public static class SubmitCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.VillageAgent, Roles.WindowClerk, Roles.Applicant))
        .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<SubmitAdmission>().InvokeAsync(context, next))
        .WithName("SubmitCase")
        .WithSummary("Submit an application at a window, online, or by a village proxy agent.");

    private static Task<Results<Created<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        SubmitCaseRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        SubmitCaseHandler handler,
        CancellationToken ct) =>
        handler.HandleAsync(request, idempotencyKey, http.Caller(), ct);
}
