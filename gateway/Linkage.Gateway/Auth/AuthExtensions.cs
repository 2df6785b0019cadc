using Linkage.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

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
            JwtValidation.Apply(o, settings.Authority, settings.Issuer, settings.Audience, settings.SymmetricKey);
            o.SaveToken = false;
            o.Events = new JwtBearerEvents { OnChallenge = BearerChallenge.WriteProblemAsync };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
