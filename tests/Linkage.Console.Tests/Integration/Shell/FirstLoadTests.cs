using Microsoft.Playwright;

namespace Linkage.Console.Tests;

/// <summary>Village links are weak: the first load of the public guide (HTML, scripts, styles, as transferred,
/// compressed) stays within 400 KB; the other roles' pages and the charts are not part of it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FirstLoadTests(ConsoleSuite suite)
{
    private const long Budget = 400 * 1024;

    [Fact]
    public async Task The_first_load_is_at_most_400_KB_compressed_and_leaves_the_charts_out()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var responses = new List<IResponse>();
        tab.Page.Response += (_, response) => { if (response.Url.Contains("/console/")) lock (responses) responses.Add(response); };
        long transferred = 0;
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/guide", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            foreach (var response in responses.ToList()) transferred += (await response.Request.SizesAsync()).ResponseBodySize;
        });

        Assert.InRange(transferred, 1, Budget);
        Assert.DoesNotContain(responses, r => r.Url.Contains("/assets/charts-"));
        Assert.Contains(responses, r => r.Headers.TryGetValue("content-encoding", out var e) && e is "br" or "gzip");
    }
}
