using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Linkage.Console.Tests;

/// <summary>What a tab's session does with its tokens, as the network sees it: the bearer of every API call and the
/// provider's answers to the console's token requests (the code exchange, then each refresh).</summary>
public sealed class TokenTrail
{
    private readonly List<string> bearers = [];
    private readonly List<Task<JsonElement?>> grants = [];
    private readonly string tokenEndpoint;

    public TokenTrail(IPage page, string authority)
    {
        tokenEndpoint = authority + "/token";
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal) && request.Headers.TryGetValue("authorization", out var bearer))
                lock (bearers) bearers.Add(bearer["Bearer ".Length..]);
        };
        page.Response += (_, response) =>
        {
            if (response.Url == tokenEndpoint && response.Request.Method == "POST") lock (grants) grants.Add(response.JsonAsync());
        };
    }

    public string FirstBearer { get { lock (bearers) return bearers[0]; } }

    public string LastBearer { get { lock (bearers) return bearers[^1]; } }

    public int Grants { get { lock (grants) return grants.Count; } }

    /// <summary>The refresh token the provider handed out last (each renewal rotates it).</summary>
    public async Task<string> LastRefreshTokenAsync()
    {
        Task<JsonElement?>[] answers;
        lock (grants) answers = [.. grants];
        var last = await answers[^1];
        return last!.Value.GetProperty("refresh_token").GetString()!;
    }

    /// <summary>A JWT's <c>exp</c>.</summary>
    public static DateTimeOffset ExpiryOf(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=')));
        using var payload = JsonDocument.Parse(json);
        return DateTimeOffset.FromUnixTimeSeconds(payload.RootElement.GetProperty("exp").GetInt64());
    }
}
