using System.Text.Json;
using Linkage.Security.Tests.Endpoints;

namespace Linkage.Security.Tests.Matrix;

/// <summary>The few bodies the type alone does not make right: where a generated body would fail validation before the
/// scope check is reached. Any other write gets <see cref="BodyFactory"/>'s body.</summary>
public static class BodyRecipes
{
    public static string? For(ApiEndpoint endpoint, Targets t) => endpoint.Key switch
    {
        "POST /api/ratings" => Json(new { caseId = t["case"], grade = 5, channel = "station" }),
        "POST /api/intake/credit-flags/removals" => Json(new { idNumber = Targets.Resident, reason = "信用修复" }),
        "POST /api/supervision/orders" => Json(new { caseId = t["case"], targetDivision = t["division"], instruction = "请说明办理情况" }),
        "POST /api/ratings/invitations" => Json(new { caseId = t["case"] }),
        "POST /api/ratings/rectifications/{id:guid}/appeal-decision" => Json(new { decision = "uphold", reason = "申诉成立" }),
        _ => null,
    };

    private static string Json(object body) => JsonSerializer.Serialize(body);
}
