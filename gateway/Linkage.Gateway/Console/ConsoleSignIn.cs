using System.Security.Claims;

namespace Linkage.Gateway.Console;

/// <summary>The console's sign-in through the deployment's OpenID provider (decision 0433): where to send the browser
/// (authorization code + PKCE, a public client) and, once it holds a token, who it is, in our claim names after the
/// configured mapping, so the console never reads a provider's own claim names.</summary>
public static class ConsoleSignIn
{
    public const string OptionsPath = "/api/console/sign-in";
    public const string MePath = "/api/console/me";

    public static WebApplication MapConsoleSignIn(this WebApplication app)
    {
        var options = ConsoleSignInOptions.From(app.Configuration);
        app.MapGet(OptionsPath, () => TypedResults.Ok(options)).AllowAnonymous();
        app.MapGet(MePath, (ClaimsPrincipal user) => TypedResults.Ok(Me(user)));
        return app;
    }

    private static ConsoleDemoUser Me(ClaimsPrincipal user) => new(
        user.FindFirstValue("sub") ?? "", user.FindFirstValue("name") ?? "", user.FindAll("role").Select(c => c.Value).ToList(),
        user.FindFirstValue("division") ?? "", user.FindFirstValue("org_unit"), user.FindFirstValue("department"));
}

/// <summary><c>Linkage:Gateway:Console:Authority</c> (the provider as the browser reaches it; default
/// <c>Linkage:Auth:Authority</c>), <c>ClientId</c> (default <c>linkage-console</c>) and <c>Scope</c>. No authority:
/// the console offers only the Development demo sign-in.</summary>
public sealed record ConsoleSignInOptions(string? Authority, string ClientId, string Scope)
{
    public static ConsoleSignInOptions From(IConfiguration configuration)
    {
        var console = configuration.GetSection("Linkage:Gateway:Console");
        var authority = console["Authority"] is { Length: > 0 } own ? own : configuration["Linkage:Auth:Authority"];
        return new ConsoleSignInOptions(string.IsNullOrWhiteSpace(authority) ? null : authority.TrimEnd('/'),
            console["ClientId"] ?? "linkage-console", console["Scope"] ?? "openid profile linkage");
    }
}
