namespace Linkage.Messaging;

/// <summary>One case's deliveries to a module take turns in the process before a transaction opens (decision 0755):
/// two events of a case that reach the module's consumers together (three departments' decisions; ReviewOpened,
/// CaseAccepted and CaseApproved at supervision) would otherwise both open a transaction, and the second would wait on
/// the first's row lock, idle in its transaction and holding what it had locked already, for all of the first's
/// remaining round trips. A turn is waited for with no connection and no lock held, and every holder takes its turns
/// before its first statement and none after, so a turn never waits on a row lock's holder that waits on a turn. The
/// row locks stay as they were: they still order deliveries of a case in other processes, and other writers (sweeps,
/// requests). Different cases, or one case in different modules, never wait for each other here.</summary>
public static class CaseTurns
{
    private static readonly Lock Sync = new();
    private static readonly Dictionary<(string Module, Guid Case), Turn> Held = [];
    private static readonly IDisposable None = new All([]);

    /// <summary>Off (<c>Linkage:RabbitMq:CaseTurns=false</c>), every turn is had at once: the row locks alone order a
    /// case's deliveries, as before 0755 (to measure one against the other).</summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>Waits for the case's turn in the module; the turn is the caller's until the result is disposed.</summary>
    public static async Task<IDisposable> TakeAsync(string module, Guid caseId, CancellationToken ct)
    {
        if (!Enabled) return None;
        var key = (module, caseId);
        Turn turn;
        lock (Sync)
        {
            if (!Held.TryGetValue(key, out turn!)) Held[key] = turn = new Turn();
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
        return new Taken(key, turn);
    }

    /// <summary>The turns of those of <paramref name="caseIds"/> that no one holds or waits for now, taken without waiting;
    /// the cases left out are busy, and their deliveries wait for their turns on their own (<see cref="TakeAsync"/>).</summary>
    public static (IDisposable Turns, HashSet<Guid> Busy) TakeFree(string module, IEnumerable<Guid> caseIds)
    {
        var taken = new List<Taken>();
        var busy = new HashSet<Guid>();
        if (!Enabled) return (None, busy);
        lock (Sync)
        {
            foreach (var caseId in caseIds.Distinct())
            {
                var key = (module, caseId);
                if (Held.ContainsKey(key))
                {
                    busy.Add(caseId);
                    continue;
                }
                var turn = new Turn { Users = 1 };
                turn.Gate.Wait(0); // free: no one else can have it, the dictionary being locked
                Held[key] = turn;
                taken.Add(new Taken(key, turn));
            }
        }
        return (new All(taken), busy);
    }

    /// <summary>How many cases have a turn held or waited for now (tests).</summary>
    public static int Busy(string module)
    {
        lock (Sync) return Held.Keys.Count(k => k.Module == module);
    }

    private static void Leave((string, Guid) key, Turn turn)
    {
        lock (Sync)
            if (--turn.Users == 0) Held.Remove(key);
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Taken((string, Guid) key, Turn turn) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            turn.Gate.Release();
            Leave(key, turn);
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
