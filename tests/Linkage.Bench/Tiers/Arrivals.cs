namespace Linkage.Bench.Tiers;

public static class Arrivals
{
    /// <summary>Polls the city until every case has arrived or <paramref name="patience"/> passes without a new one.</summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> SettleAsync(TierLedger ledger, IReadOnlyList<Guid> ids, TimeSpan patience)
    {
        var arrived = await ledger.ArrivedAtCityAsync(ids);
        var progress = DateTime.UtcNow;
        while (arrived.Count < ids.Count && DateTime.UtcNow - progress < patience)
        {
            await Task.Delay(500);
            var now = await ledger.ArrivedAtCityAsync(ids);
            if (now.Count > arrived.Count) progress = DateTime.UtcNow;
            arrived = now;
        }
        return arrived;
    }
}
