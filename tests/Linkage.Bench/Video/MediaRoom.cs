using Microsoft.Playwright;

namespace Linkage.Bench.Video;

/// <summary>Real media through Janus: Debian's headless Chromium with its fake camera and microphone opens the
/// gateway's join page (plain WebRTC on Janus' HTTP API) once per participant. A subscriber's page gets an empty
/// stream instead of the camera, so it publishes nothing and only receives; subscribers join first and take each
/// publisher's feed as it appears.</summary>
public sealed class MediaRoom : IAsyncDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--allow-loopback-in-peer-connection",
    ];

    private const string Playing = "() => [...document.querySelectorAll('figure[data-feed] video')].filter(v => v.videoWidth > 0 && v.currentTime > 0).length";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly Uri gateway;
    private readonly List<IPage> subscribers = [];

    private MediaRoom(IPlaywright playwright, IBrowser browser, Uri gateway) => (this.playwright, this.browser, this.gateway) = (playwright, browser, gateway);

    public static async Task<MediaRoom> LaunchAsync(Uri gateway)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags,
            });
            return new MediaRoom(playwright, browser, gateway);
        }
        catch
        {
            playwright.Dispose(); // no browser: the driver process goes with it
            throw;
        }
    }

    public async Task<IPage> JoinAsync(string token, Guid session, bool publishes)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Permissions = ["local-network-access", "camera", "microphone"] });
        var page = await context.NewPageAsync();
        var receiveOnly = publishes ? "" : "navigator.mediaDevices.getUserMedia = async () => new MediaStream();";
        await page.AddInitScriptAsync($"sessionStorage.setItem('linkage.token', '{token}');{receiveOnly}");
        await page.GotoAsync(new Uri(gateway, $"/video/join.html#session={session}").ToString());
        if (!publishes) subscribers.Add(page);
        return page;
    }

    /// <summary>Waits until every subscriber plays <paramref name="feeds"/> remote videos; false (with the pages' state
    /// printed) when they do not within <paramref name="timeout"/>.</summary>
    public async Task<bool> FlowingAsync(int feeds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var playing = await Task.WhenAll(subscribers.Select(p => p.EvaluateAsync<int>(Playing)));
            if (playing.All(n => n >= feeds)) return true;
            await Task.Delay(500);
        }
        var states = await Task.WhenAll(subscribers.Select(async p => $"{await p.EvaluateAsync<int>(Playing)} playing, " +
            await p.Locator("#status").TextContentAsync()));
        Console.WriteLine($"  media did not flow to every subscriber: {string.Join(" / ", states)}");
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await browser.DisposeAsync();
        }
        finally
        {
            playwright.Dispose();
        }
    }
}
