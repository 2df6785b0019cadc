using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.CreditFlags;

/// <summary>Records a bad-credit flag (a person by citizen ID, an organisation by credit code); the number is kept only as a digest.</summary>
public static class FlagCreditEndpoint
{
    public sealed record FlagCreditRequest(string? IdNumber, string? CreditCode, string? Reason);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/credit-flags", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin, Roles.TierAdmin, Roles.Supervisor))
        .WithName("FlagCredit");

    private static async Task<Results<NoContent, InvalidRequest>> Handle(
        FlagCreditRequest request, HttpContext http, IntakeDbContext db, PersonalIdHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        string? number = null;
        if (request.CreditCode is not null)
            number = CreditCode.TryParse(request.CreditCode, out var code, out var error) ? code.Value : Fail(errors.Add("creditCode", error!));
        else if (CitizenId.TryParse(request.IdNumber, out var id, out var idError)) number = id.Value;
        else errors.Add("idNumber", idError ?? "A citizen ID number or a credit code is required.");
        errors.Require(request.Reason is { Length: > 0 and <= 500 }, "reason", "A reason of 1 to 500 characters is required.");
        if (errors.Any) return Problems.Invalid(errors);

        var caller = http.Caller();
        var digest = hasher.Digest(number!);
        if (!await db.CreditFlags.AnyAsync(f => f.IdDigest == digest, ct))
        {
            db.CreditFlags.Add(new CreditFlag(digest, request.Reason!, caller.Subject, caller.Division?.Value ?? "", clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.NoContent();
    }

    private static string? Fail(FieldErrors _) => null;
}
