using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Intake.Features.SubmitCase;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>Decision 0727: case numbers come from blocks of the deployment's one sequence, drawn by each host in one
/// round trip; two hosts and a restarted host never hand out a number twice.</summary>
public sealed class CaseNumberBlockTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const int BlockSize = 4;

    [Fact]
    public async Task Two_hosts_drawing_at_once_and_a_restarted_host_hand_out_each_value_once_a_block_a_draw()
    {
        var before = await SequenceAsync();
        CaseNumberBlocks first = Blocks(), second = Blocks(); // each host's own blocks, over the deployment's one sequence
        var sideBySide = await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => new[] { NextAsync(first), NextAsync(second) }));
        var restarted = Blocks(); // the first host again after a restart: what was left of its block is a gap
        var afterRestart = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => NextAsync(restarted)));

        var all = sideBySide.Concat(afterRestart).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(all, v => Assert.True(v > before, $"value {v} was drawn before the test ({before})"));
        Assert.True(afterRestart.Min() > sideBySide.Max(), "a restarted host draws past every block drawn before it");
        Assert.Equal(before + 9 * BlockSize, await SequenceAsync()); // 10 values from each of three holders: 3 blocks each
    }

    [Fact]
    public async Task Submits_get_unique_numbers_from_the_hosts_blocks()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var numbers = new List<string>();
        foreach (var id in new[] { "350926197101010019", "350926197202020021", "350926197303030034" })
        {
            using var response = await agent.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor(id));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            numbers.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("caseNumber").GetString()!);
        }

        var parsed = numbers.Select(CaseNumber.Parse).ToList();
        Assert.Equal(3, parsed.Select(n => n.Sequence).Distinct().Count());
        Assert.All(parsed, n => Assert.Equal("350926100201", n.Division.Value));
        Assert.Equal(parsed.Select(n => n.Sequence).Order(), parsed.Select(n => n.Sequence)); // one host: oldest value first
    }

    private static CaseNumberBlocks Blocks() => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Intake:CaseNumbers:BlockSize"] = $"{BlockSize}" }).Build());

    /// <summary>One submit's draw: each request has its own context.</summary>
    private async Task<long> NextAsync(CaseNumberBlocks blocks)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await blocks.NextAsync(scope.ServiceProvider.GetRequiredService<IntakeDbContext>(), CancellationToken.None);
    }

    private Task<long> SequenceAsync() =>
        fixture.CountAsync("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM intake.case_number_seq");
}
