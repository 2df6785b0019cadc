using System.Text.Json;
using Xunit.Abstractions;

namespace Linkage.Chaos.Tests;

/// <summary>The short version of <c>./platform chaos</c>: each fault kind once on real processes under load — kill -9
/// of the host, RabbitMQ killed and restarted, PostgreSQL stopped (immediate) and restarted. Every case a client was
/// told was accepted reaches its end state in every module exactly once, no case exists that no client was told
/// about, and no client ever got a 500. (The link cut, `./platform chaos --faults link-cut`, is not in this short
/// version: decision 0532.)</summary>
[Collection(ChaosCollection.Name)]
public sealed class FaultsTests(ChaosRunFixture chaos, ITestOutputHelper output)
{
    [Fact]
    public async Task Each_fault_loses_nothing_applies_nothing_twice_and_answers_no_500()
    {
        var report = chaos.Report;
        output.WriteLine(chaos.Tail());
        Assert.True(File.Exists(report), $"./platform chaos wrote no report (exit {chaos.Exit}); see {chaos.Platform.Log}:\n{chaos.Tail()}");

        var rows = JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("Fault").GetString()!);
        Assert.Equal(["host-kill", "pg-restart", "rabbit-restart"], rows.Keys.Order());
        foreach (var (fault, row) in rows)
        {
            var statuses = row.GetProperty("Statuses").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetInt64());
            var seen = $"{fault}: {row}";
            Assert.True(row.GetProperty("Injected").GetInt32() >= 1, seen);
            Assert.True(row.GetProperty("Accepted").GetInt64() > 0, seen);
            Assert.Equal(0, row.GetProperty("Lost").GetInt64());
            Assert.Equal(0, row.GetProperty("Duplicated").GetInt64());
            Assert.Equal(0, row.GetProperty("Unacknowledged").GetInt64());
            Assert.Equal(0, row.GetProperty("GaveUp").GetInt64());
            Assert.DoesNotContain(statuses.Keys, s => s.StartsWith('5') && s is not ("502" or "503" or "504"));
        }
        Assert.Equal(0, chaos.Exit);
    }
}
