using System.Text.RegularExpressions;
using Linkage.Kernel;

namespace Linkage.EndToEnd.Tests;

/// <summary>Issue 20: after a whole case (submitted with a real ID number through the gateway, accepted, reviewed,
/// approved, certified, rated), no log line of any process and no message in any <c>_error</c> queue holds a full
/// citizen ID number.</summary>
[Collection("end-to-end")]
public sealed partial class IdNumbersInLogsTests
{
    [Fact]
    public async Task A_whole_case_leaves_no_full_id_number_in_any_log_or_error_queue()
    {
        await using var deployment = await Deployment.StartAsync(split: false, logLevel: "Information");
        await OneCaseScenario.RunAsync(deployment);

        var logs = deployment.Logs();
        Assert.Contains("/api/intake/cases", logs); // requests were logged, so there was something to leak into
        Assert.Empty(FullIdNumbers(logs));
        Assert.Empty((await deployment.VirtualHost.ErrorMessagesAsync()).SelectMany(FullIdNumbers));
    }

    [Fact]
    public void The_scan_finds_a_full_number_and_ignores_its_mask()
    {
        Assert.Equal(["350926198503120020"], FullIdNumbers("applicant 350926198503120020 at the window"));
        Assert.Empty(FullIdNumbers("applicant 3509**********0020 at the window"));
    }

    /// <summary>Every 18-character run that is a valid GB 11643 number (checksum and birth date), masked or not.</summary>
    private static IEnumerable<string> FullIdNumbers(string text) =>
        IdLike().Matches(text).Select(m => m.Value).Where(v => CitizenId.TryParse(v, out _, out _)).ToList();

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex IdLike();
}
