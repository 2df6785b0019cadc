namespace Linkage.Bench.Tiers;

/// <summary>Dispatched → arrived split at the brokers (decision 0803), from when <see cref="HopTaps"/> saw each
/// <c>case-forwarded</c> event at the town's, the county's and the city's broker (the bench's clock): the town's broker
/// routed the publish (before its confirm and the row's mark), the county's link published it into the county's
/// broker, the city's link into the city's; then the city's subscription queue, the host's delivery, batching,
/// admission and the round's read until the case was marked arrived. A case not seen at all three is left out.</summary>
public static class HopSplit
{
    public static string Of(IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, DateTimeOffset>> seen,
        IEnumerable<(Guid Event, DateTimeOffset Dispatched, DateTimeOffset Arrived)> cases)
    {
        var (town, county, city) = (seen["town"], seen["county"], seen["city"]);
        var passed = cases.Where(c => town.ContainsKey(c.Event) && county.ContainsKey(c.Event) && city.ContainsKey(c.Event))
            .Select(c => (c.Dispatched, c.Arrived, Town: town[c.Event], County: county[c.Event], City: city[c.Event])).ToList();
        if (passed.Count == 0) return "the hops: no forwarded case seen at all three brokers";
        string Of(Func<(DateTimeOffset Dispatched, DateTimeOffset Arrived, DateTimeOffset Town, DateTimeOffset County, DateTimeOffset City), TimeSpan> stage) =>
            Percentiles(passed.Select(stage));
        return $"the hops ({passed.Count} cases seen at each broker by the bench's taps): published at the town's broker to the row marked " +
            $"dispatched (the confirm, the round's other publishes, the mark) {Of(c => c.Dispatched - c.Town)}; town's broker to the county's " +
            $"(the town → county link) {Of(c => c.County - c.Town)}; county's broker to the city's (the county → city link) {Of(c => c.City - c.County)}; " +
            $"city's broker to arrived (the subscription queue, the host's delivery, batching, admission, the round's read) {Of(c => c.Arrived - c.City)}";
    }

    /// <summary>p50 and p99 of a stage, nearest rank.</summary>
    public static string Percentiles(IEnumerable<TimeSpan> stage)
    {
        var ms = stage.Select(s => s.TotalMilliseconds).Order().ToArray();
        return ms.Length == 0 ? "none" : $"p50 {At(ms, 0.50):0.0} ms p99 {At(ms, 0.99):0.0} ms";
    }

    private static double At(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
