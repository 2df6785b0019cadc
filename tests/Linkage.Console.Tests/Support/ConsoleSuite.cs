using Linkage.EndToEnd.Tests;
using Linkage.Testing;
using Microsoft.Playwright;

namespace Linkage.Console.Tests;

/// <summary>One real deployment (host with every module + gateway, as processes) serving the built console, and one
/// Debian chromium driven by Playwright, shared by the console's browser tests.</summary>
public sealed class ConsoleSuite : IAsyncLifetime
{
    private IPlaywright? playwright;

    public Deployment Deployment { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public DemoTokens Tokens { get; private set; } = null!;

    /// <summary>The deployment's OpenID provider (tools/oidc): its authority is every process's, beside the Development key.</summary>
    public OidcProvider Provider { get; private set; } = null!;

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(30);

    public async Task InitializeAsync()
    {
        var dist = Path.Combine(RepoPaths.Root, "gateway", "console", "dist");
        if (!File.Exists(Path.Combine(dist, "index.html")))
            throw new InvalidOperationException($"The console is not built ({dist}); ./platform test builds it first.");
        // The gateway process inherits this (the deployment's environment is added to the test process's own).
        Environment.SetEnvironmentVariable("Linkage__Gateway__Console__Root", dist);
        // access tokens of 30 s: a browser test sees the console renew them (OidcSignInScenarios, decision 0545)
        // one personal-ID key for the provider and the host: a resident signed in at the provider carries the idn_digest
        // the host computes (as ./platform up starts them), so they can book and see their own appointments (decision 0546)
        var personalIdKey = TestHostSettings.NewKey();
        Provider = await OidcProvider.StartAsync(personalIdKey: personalIdKey, accessTokenLifetime: AccessTokenLifetime);
        Environment.SetEnvironmentVariable("Linkage__Auth__Authority", Provider.Authority);
        Deployment = await Deployment.StartAsync(split: false, personalIdKey: personalIdKey);
        Tokens = new DemoTokens(Deployment.Environment);
        // as the pages' own actions (ConsolePage): on a loaded machine a page's data can take more than Expect's 5 s
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Deployment is not null) await Deployment.DisposeAsync();
        if (Provider is not null) await Provider.DisposeAsync();
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("LINKAGE_CHROMIUM") ?? "/usr/bin/chromium";
        return File.Exists(path) ? path : throw new FileNotFoundException("Debian's chromium is missing (./platform test installs it).", path);
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleSuite>
{
    public const string Name = "console";
}
