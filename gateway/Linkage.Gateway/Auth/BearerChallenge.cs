using Linkage.Gateway.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Linkage.Gateway.Auth;

/// <summary>401 as problem details instead of an empty body; the reason stays in the WWW-Authenticate
/// error code, never the validator's message.</summary>
internal static class BearerChallenge
{
    public static Task WriteProblemAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        http.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return GatewayProblem.Unauthorized(http);
    }
}
