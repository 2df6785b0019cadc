using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.ServiceDefaults.Auth;

public static class AuthExtensions
{
    public static IServiceCollection AddLinkageAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = ClaimNames.Name,
                RoleClaimType = ClaimNames.Role,
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
