using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Linkage.Testing;

/// <summary>The console's sign-in, without a browser: authorization code + PKCE as the public client
/// <c>linkage-console</c>, the provider's sign-in form posted with the demo password, the code exchanged for an access token.</summary>
public static class OidcSignIn
{
    public const string RedirectUri = "http://127.0.0.1/console/signed-in";

    public static async Task<string> TokenAsync(Uri issuer, string userName, string password)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = issuer, Timeout = TimeSpan.FromSeconds(30) };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var interaction = await RedirectOf(await client.GetAsync(
            $"/auth?client_id=linkage-console&response_type=code&scope=openid%20profile%20linkage&state=s" +
            $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256"), issuer);
        var next = await RedirectOf(await client.PostAsync(interaction + "/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = userName, ["password"] = password })), issuer);
        for (var hop = 0; hop < 8 && !next.StartsWith(RedirectUri, StringComparison.Ordinal); hop++)
            next = await RedirectOf(await client.GetAsync(next), issuer);
        var code = System.Web.HttpUtility.ParseQueryString(new Uri(next).Query)["code"]
            ?? throw new InvalidOperationException($"No code in {next}");
        using var token = await client.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri,
            ["client_id"] = "linkage-console", ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadAsStringAsync();
        if (!token.IsSuccessStatusCode) throw new InvalidOperationException($"Token request failed: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<string> RedirectOf(HttpResponseMessage response, Uri issuer)
    {
        using (response)
        {
            if (response.Headers.Location is not { } location)
                throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return (location.IsAbsoluteUri ? location : new Uri(issuer, location)).ToString();
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
