using System.Diagnostics;
using System.Text.Json;

namespace Linkage.Testing;

/// <summary>The real OpenID provider of <c>tools/oidc</c> (oidc-provider under Node, decision 0430) on a loopback port,
/// with the demo users as accounts; killed on dispose. <see cref="OidcSignIn"/> gets tokens from it the way the
/// console does (authorization code + PKCE), <see cref="RotateKeysAsync"/> puts a new signing key first.</summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string DemoPassword = "linkage";
    private readonly Process process;
    private readonly string logPath;

    private OidcProvider(Process process, Uri issuer, string logPath) => (this.process, Issuer, this.logPath) = (process, issuer, logPath);

    /// <summary>The issuer and authority, <c>http://127.0.0.1:port</c> (no trailing slash, as the provider names itself).</summary>
    public Uri Issuer { get; }

    public string Authority => Issuer.ToString().TrimEnd('/');

    /// <param name="claimNames">our claim name → the name the provider issues, to play a province's own provider</param>
    /// <param name="personalIdKey">base64; applicants' tokens then carry <c>idn_digest</c></param>
    /// <param name="accessTokenLifetime">shorter than the default hour, to see a session renew its token</param>
    public static Task<OidcProvider> StartAsync(IReadOnlyDictionary<string, string>? claimNames = null, string? personalIdKey = null,
        TimeSpan? accessTokenLifetime = null) => StartAsync(claimNames, personalIdKey, accessTokenLifetime, lastTry: false);

    /// <summary>A provider that never answers its readiness probe is killed and started once more on a new port: once in
    /// a full run (2026-12-07) node loaded oidc-provider and then did not listen within the wait on a busy machine,
    /// cause not found, and every test of the suite failed with it.</summary>
    private static async Task<OidcProvider> StartAsync(IReadOnlyDictionary<string, string>? claimNames, string? personalIdKey,
        TimeSpan? accessTokenLifetime, bool lastTry)
    {
        var root = RepoRoot();
        var dir = Path.Combine(root, "tools", "oidc");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "oidc-provider")))
            throw new InvalidOperationException($"{dir}/node_modules is missing; ./platform test installs it (npm ci).");
        var port = FreePort.Next();
        var info = new ProcessStartInfo("node") { WorkingDirectory = dir, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("server.js");
        info.Environment["OIDC_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["OIDC_USERS"] = Path.Combine(root, "services", "Linkage.Host", "demo-users.json");
        info.Environment["OIDC_DEMO_PASSWORD"] = DemoPassword;
        info.Environment["OIDC_CLAIM_NAMES"] = JsonSerializer.Serialize(claimNames ?? new Dictionary<string, string>());
        if (personalIdKey is not null) info.Environment["OIDC_PERSONAL_ID_KEY"] = personalIdKey;
        if (accessTokenLifetime is { } lifetime)
            info.Environment["OIDC_ACCESS_TOKEN_TTL"] = ((int)lifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var logPath = Path.Combine(Path.GetTempPath(), $"linkage-oidc-{Guid.NewGuid():N}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var provider = new OidcProvider(process, new Uri($"http://127.0.0.1:{port}"), logPath);
        try { await provider.WaitReadyAsync(); }
        catch (TimeoutException) when (!lastTry)
        {
            await provider.DisposeAsync();
            return await StartAsync(claimNames, personalIdKey, accessTokenLifetime, lastTry: true);
        }
        catch { await provider.DisposeAsync(); throw; }
        return provider;
    }

    public Task<string> TokenForAsync(string userName) => OidcSignIn.TokenAsync(Issuer, userName, DemoPassword);

    /// <summary>A new signing key, first in the JWKS; the older ones stay published.</summary>
    public async Task<string> RotateKeysAsync()
    {
        using var client = new HttpClient { BaseAddress = Issuer };
        using var response = await client.PostAsync("/rotate-keys", null);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("kid").GetString()!;
    }

    public string Log() { try { return File.ReadAllText(logPath); } catch (IOException) { return ""; } }

    /// <summary>Each probe may take what is left of the wait: a cold provider's first answer on a starved machine can take
    /// longer than a short per-request timeout, and cancelling it only starts the same cold work again. A provider that
    /// still does not answer fails with its log, so the cause shows (it printed <c>ready</c> or not).</summary>
    private async Task WaitReadyAsync()
    {
        var wait = TimeSpan.FromSeconds(90); // node starting on a busy machine (a readiness wait, not a timing assertion)
        using var deadline = new CancellationTokenSource(wait);
        using var client = new HttpClient { BaseAddress = Issuer, Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            await Wait.Until(async () =>
            {
                if (process.HasExited) throw new InvalidOperationException($"The OpenID provider exited:\n{Log()}");
                try
                {
                    using var response = await client.GetAsync("/.well-known/openid-configuration", deadline.Token);
                    return response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
            }, wait);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The OpenID provider on {Issuer} did not answer its discovery within {wait.TotalSeconds} s; its log:\n{Log()}", e);
        }
    }

    private static string RepoRoot()
    {
        if (Environment.GetEnvironmentVariable("LINKAGE_REPO") is { Length: > 0 } repo) return repo;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Platform.sln not found above the test's folder.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
