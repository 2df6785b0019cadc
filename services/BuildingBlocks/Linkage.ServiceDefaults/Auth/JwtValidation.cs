using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>How every Linkage process validates a bearer token, the modules and the gateway alike (decision 0432):
/// claims keep their JWT names (<c>name</c>, <c>role</c>), the audience is checked, 30 s of clock skew. Keys come from
/// the OIDC authority's discovery document and JWKS (a token signed by a key it does not know yet makes it fetch them
/// again: rotation needs no restart); in Development a shared HS256 key may be added for the dev tokens, and outside
/// Development that key is refused at start. Claim names are mapped by <c>Linkage:Auth:Claims</c> (<see cref="ClaimMapping"/>).
/// The gateway compiles this file in (its csproj links it), so it needs no reference to the building blocks.</summary>
internal static class JwtValidation
{
    public static void Apply(JwtBearerOptions o, IConfiguration configuration, IHostEnvironment environment)
    {
        var auth = configuration.GetSection("Linkage:Auth");
        var (authority, signingKey) = (auth["Authority"], auth["SigningKey"]);
        if (string.IsNullOrWhiteSpace(authority) && string.IsNullOrWhiteSpace(signingKey))
            throw new InvalidOperationException("Linkage:Auth:Authority (an OIDC provider) must be configured.");
        if (!string.IsNullOrWhiteSpace(signingKey) && !environment.IsDevelopment())
            throw new InvalidOperationException(
                "Linkage:Auth:SigningKey (a shared HS256 key) is refused outside Development; configure Linkage:Auth:Authority.");

        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            NameClaimType = "name",
            RoleClaimType = "role",
            ValidAudience = auth["Audience"] ?? "linkage",
            ValidateAudience = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        if (!string.IsNullOrWhiteSpace(authority))
        {
            o.Authority = authority;
            o.RequireHttpsMetadata = !Uri.TryCreate(authority, UriKind.Absolute, out var uri) || !uri.IsLoopback;
            if (auth["RefreshInterval"] is { Length: > 0 } refresh)
                o.RefreshInterval = TimeSpan.Parse(refresh, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!string.IsNullOrWhiteSpace(signingKey))
        {
            o.TokenValidationParameters.ValidIssuer = auth["Issuer"] ?? "linkage-dev";
            o.TokenValidationParameters.IssuerSigningKey = DevelopmentKey(signingKey);
        }
        var claims = ClaimMapping.From(auth.GetSection("Claims"));
        o.Events ??= new JwtBearerEvents();
        if (!claims.IsEmpty)
            o.Events.OnTokenValidated = context => { claims.Apply(context.Principal); return Task.CompletedTask; };
    }

    private static SymmetricSecurityKey DevelopmentKey(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        if (bytes.Length < 32) throw new InvalidOperationException("Linkage:Auth:SigningKey must be at least 32 bytes.");
        return new SymmetricSecurityKey(bytes);
    }
}
