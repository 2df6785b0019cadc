using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>How every Linkage process validates a bearer token, the modules and the gateway alike: claims keep their
/// JWT names (<c>name</c>, <c>role</c>), the audience is checked, 30 s of clock skew; then either an OIDC authority or
/// the configured issuer and HS256 key. The gateway compiles this file in (its csproj links it), so it needs no
/// reference to the building blocks; being internal, the two copies never meet.</summary>
internal static class JwtValidation
{
    public static void Apply(JwtBearerOptions o, string? authority, string issuer, string audience, Func<SecurityKey> signingKey)
    {
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            NameClaimType = "name",
            RoleClaimType = "role",
            ValidAudience = audience,
            ValidateAudience = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        if (!string.IsNullOrWhiteSpace(authority))
        {
            o.Authority = authority;
            return;
        }
        o.TokenValidationParameters.ValidIssuer = issuer;
        o.TokenValidationParameters.IssuerSigningKey = signingKey();
    }
}
