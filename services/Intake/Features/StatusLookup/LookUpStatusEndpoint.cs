using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.StatusLookup;

/// <summary>A kiosk (or the applicant) looks a case up by its number and one-time code. An unknown number, a wrong,
/// used or expired code and a locked case all answer the same 404, so the answer tells a guesser nothing.</summary>
public static class LookUpStatusEndpoint
{
    public sealed record StatusLookupRequest(string? CaseNumber, string? Code);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/status-lookups", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.Kiosk, Roles.Applicant))
        .WithMetadata(new KioskAllowed())
        .WithName("LookUpCaseStatus")
        .WithSummary("A case's public status by its number and one-time code (查询码); the code is used up.");

    private static async Task<Results<Ok<PublicStatusView>, InvalidRequest, ProblemHttpResult>> Handle(
        StatusLookupRequest request, IntakeDbContext db, CaseSaves saves, StatusCodeKey codes, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Require(request.CaseNumber?.Trim() is { Length: > 0 and <= 40 }, "caseNumber", "The case number is required, at most 40 characters.")
            .Require(request.Code?.Trim() is { Length: StatusCodes.Digits } code && code.All(char.IsAsciiDigit), "code",
                $"The code is {StatusCodes.Digits} digits.");
        if (errors.Any) return Problems.Invalid(errors);

        var number = request.CaseNumber!.Trim();
        var c = await db.Cases.FirstOrDefaultAsync(x => x.CaseNumber == number, ct);
        if (c is null) return NotFound(number);
        var opened = c.RedeemStatusCode(codes.Hash(c.Id, request.Code!), clock.GetUtcNow(), StatusCodes.MaxFailures);
        var saved = await saves.SaveAsync(ct);
        return opened && saved ? TypedResults.Ok(PublicStatusView.From(c)) : NotFound(number);
    }

    private static ProblemHttpResult NotFound(string number) => Problems.NotFound($"Case {number} with this code");
}
