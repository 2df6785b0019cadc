using Linkage.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Linkage.Gateway.Auth;

public static class AuthExtensions
{
    /// <summary>JWT bearer with the modules' validation rules, configured at start like theirs; everything needs an
    /// authenticated caller unless a route is explicitly anonymous. The token itself is forwarded: modules re-validate and scope.</summary>
    public static IServiceCollection AddGatewayAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEphemeralDataProtection();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((o, environment) =>
            {
                JwtValidation.Apply(o, configuration, environment);
                o.SaveToken = false;
                o.Events.OnChallenge = BearerChallenge.WriteProblemAsync;
            })
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
