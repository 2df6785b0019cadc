using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>One case's deliveries to a module take turns in the process before a transaction opens (decision 0755):
/// two events of a case that reach the module's consumers together (three departments' decisions; ReviewOpened,
/// CaseAccepted and CaseApproved at supervision) would otherwise both open a transaction, and the second would wait on
/// the first's row lock, idle in its transaction and holding what it had locked already, for all of the first's
/// remaining round trips. A turn is waited for with no connection and no lock held, and every holder takes its turns
/// before its first statement and none after, so a turn never waits on a row lock's holder that waits on a turn. The
/// row locks stay as they were: they still order deliveries of a case in other processes, and other writers (sweeps,
/// requests). Different cases, or one case in different modules, never wait for each other here. One per service
/// provider (<see cref="BusServiceCollectionExtensions.AddLinkageBus"/>, decision 0769), so two hosts in one process
/// take no turns with each other, as two processes would not.</summary>
/// <param name="enabled">Off (<c>Linkage:RabbitMq:CaseTurns=false</c>), every turn is had at once: the row locks alone
/// order a case's deliveries, as before 0755 (to measure one against the other, and in the race tests).</param>
public sealed class CaseTurns(bool enabled = true)
{
    private static readonly IDisposable None = new All([]);
    private readonly Lock sync = new();
    private readonly Dictionary<(string Module, Guid Case), Turn> held = [];

    public bool Enabled => enabled;

    /// <summary>The host's turns, from the scope MassTransit consumes a message in.</summary>
    public static CaseTurns Of(PipeContext context) =>
        context.TryGetPayload(out IServiceProvider? services) && services.GetService<CaseTurns>() is { } turns
            ? turns
            : throw new InvalidOperationException("No CaseTurns in the consumer's scope: the bus is added by AddLinkageBus.");

    /// <summary>Waits for the case's turn in the module; the turn is the caller's until the result is disposed.</summary>
    public async Task<IDisposable> TakeAsync(string module, Guid caseId, CancellationToken ct)
    {
        if (!Enabled) return None;
        var key = (module, caseId);
        Turn turn;
        lock (sync)
        {
            if (!held.TryGetValue(key, out turn!)) held[key] = turn = new Turn();
            turn.Users++;
        }
        try
        {
            await turn.Gate.WaitAsync(ct);
        }
        catch
        {
            Leave(key, turn);
            throw;
        }
        return new Taken(this, key, turn);
    }

    /// <summary>The turns of those of <paramref name="caseIds"/> that no one holds or waits for now, taken without waiting;
    /// the cases left out are busy, and their deliveries wait for their turns on their own (<see cref="TakeAsync"/>).</summary>
    public (IDisposable Turns, HashSet<Guid> Busy) TakeFree(string module, IEnumerable<Guid> caseIds)
    {
        var taken = new List<Taken>();
        var busy = new HashSet<Guid>();
        if (!Enabled) return (None, busy);
        lock (sync)
        {
            foreach (var caseId in caseIds.Distinct())
            {
                var key = (module, caseId);
                if (held.ContainsKey(key))
                {
                    busy.Add(caseId);
                    continue;
                }
                var turn = new Turn { Users = 1 };
                turn.Gate.Wait(0); // free: no one else can have it, the dictionary being locked
                held[key] = turn;
                taken.Add(new Taken(this, key, turn));
            }
        }
        return (new All(taken), busy);
    }

    /// <summary>How many cases have a turn held or waited for now (tests).</summary>
    public int Busy(string module)
    {
        lock (sync) return held.Keys.Count(k => k.Module == module);
    }

    private void Leave((string, Guid) key, Turn turn)
    {
        lock (sync)
            if (--turn.Users == 0) held.Remove(key);
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Taken(CaseTurns turns, (string, Guid) key, Turn turn) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            turn.Gate.Release();
            turns.Leave(key, turn);
        }
    }

    private sealed class All(List<Taken> turns) : IDisposable
    {
        public void Dispose()
        {
            foreach (var turn in turns) turn.Dispose();
        }
    }
}
