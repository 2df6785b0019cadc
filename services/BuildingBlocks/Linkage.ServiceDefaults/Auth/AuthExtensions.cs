using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>JWT bearer (<see cref="JwtValidation"/>), configured when the host starts, so a shared key outside
    /// Development or a missing authority stops the start instead of failing the first request.</summary>
    public static IServiceCollection AddLinkageAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((o, environment) => JwtValidation.Apply(o, configuration, environment))
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
