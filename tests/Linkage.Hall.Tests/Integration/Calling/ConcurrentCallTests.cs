using System.Collections.Concurrent;

namespace Linkage.Hall.Tests;

/// <summary>Six windows calling at once: every ticket is called exactly once, by one window.</summary>
public sealed class ConcurrentCallTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    [Fact]
    public async Task Parallel_calls_never_give_one_ticket_to_two_windows()
    {
        var centre = await HallCentre.SetUpAsync(fixture, extraWindowsForA: 4);
        var taken = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => centre.WalkInAsync("A")));
        Assert.Equal(24, taken.Select(t => t.Str("number")).Distinct().Count());

        var calls = new ConcurrentBag<(string Window, string Ticket)>();
        await Task.WhenAll(new[] { "01", "02", "A0", "A1", "A2", "A3" }.Select(async window =>
        {
            while (true)
            {
                var called = await centre.CallNextAsync(window);
                if (called is not { } ticket) return;
                calls.Add((window, ticket.Str("id")));
            }
        }));

        Assert.Equal(24, calls.Count);
        Assert.Equal(taken.Select(t => t.Str("id")).Order(), calls.Select(c => c.Ticket).Order());
        Assert.Equal(0L, await fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM hall.tickets WHERE \"OrgUnitId\" = '{centre.Id}' AND \"Status\" = 'Waiting'"));
    }
}
