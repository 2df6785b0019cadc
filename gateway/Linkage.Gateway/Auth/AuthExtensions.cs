using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.Gateway.Auth;

public static class AuthExtensions
{
    /// <summary>JWT bearer with the modules' validation rules; everything needs an authenticated caller
    /// unless a route is explicitly anonymous. The token itself is forwarded: modules re-validate and scope.</summary>
    public static IServiceCollection AddGatewayAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = GatewayAuthSettings.From(configuration);
        services.AddEphemeralDataProtection();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.SaveToken = false;
            o.Events = new JwtBearerEvents { OnChallenge = BearerChallenge.WriteProblemAsync };
            o.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = "name",
                RoleClaimType = "role",
                ValidAudience = settings.Audience,
                ValidateAudience = true,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (!string.IsNullOrWhiteSpace(settings.Authority))
            {
                o.Authority = settings.Authority;
                return;
            }
            o.TokenValidationParameters.ValidIssuer = settings.Issuer;
            o.TokenValidationParameters.IssuerSigningKey = settings.SymmetricKey();
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
