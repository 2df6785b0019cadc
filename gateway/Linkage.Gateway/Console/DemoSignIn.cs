using System.Security.Claims;
using System.Text.Json;
using Linkage.Gateway.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.Gateway.Console;

/// <summary>Development only (decision 0370): the console's demo sign-in. Lists the staff demo users and signs a
/// short-lived token for one, with the deployment's development key. Outside Development these routes are not
/// mapped at all (404). Applicants are left out: their tokens carry an ID-number digest the gateway cannot make.</summary>
public static class DemoSignIn
{
    public const string UsersPath = "/api/console/demo-users";
    public const string TokenPath = "/api/console/demo-token";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static WebApplication MapDemoSignIn(this WebApplication app)
    {
        if (Users(app) is not { } users) return app;
        var settings = GatewayAuthSettings.From(app.Configuration);
        app.MapGet(UsersPath, () => TypedResults.Ok(users)).AllowAnonymous();
        app.MapPost(TokenPath, (DemoTokenRequest request) =>
            users.FirstOrDefault(u => u.UserName == request.UserName) is { } user
                ? Results.Ok(Issue(settings, user, TimeProvider.System.GetUtcNow()))
                : Results.ValidationProblem(new Dictionary<string, string[]> { ["userName"] = ["Unknown demo user."] }))
            .AllowAnonymous();
        return app;
    }

    /// <summary>The staff demo users; null outside Development or without a development signing key (no demo sign-in).</summary>
    public static IReadOnlyList<ConsoleDemoUser>? Users(WebApplication app) =>
        app.Environment.IsDevelopment() && !string.IsNullOrWhiteSpace(GatewayAuthSettings.From(app.Configuration).SigningKey)
            ? Load(Path.Combine(app.Environment.ContentRootPath, "demo-users.json"))
            : null;

    private static List<ConsoleDemoUser> Load(string path) => !File.Exists(path) ? [] :
        (JsonSerializer.Deserialize<List<ConsoleDemoUser>>(File.ReadAllText(path), JsonSerializerOptions.Web) ?? [])
            .Where(u => u.IdNumber is null).ToList();

    private static DemoTokenResponse Issue(GatewayAuthSettings settings, ConsoleDemoUser user, DateTimeOffset now)
    {
        var claims = new List<Claim> { new("sub", user.UserName), new("name", user.Name), new("division", user.Division) };
        claims.AddRange(user.Roles.Select(r => new Claim("role", r)));
        if (user.OrgUnitId is { } orgUnit) claims.Add(new("org_unit", orgUnit));
        if (user.DepartmentId is { } department) claims.Add(new("department", department));
        var expires = now.Add(Lifetime);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(settings.SymmetricKey(), SecurityAlgorithms.HmacSha256),
        });
        return new DemoTokenResponse(token, expires, user);
    }
}
