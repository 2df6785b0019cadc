namespace Linkage.Ratings.Domain;

/// <summary>A versioned set of national rating indicators (评价指标, GB/T 39734/39735): the online set for the portal
/// and app, the offline set for the window, the station and text messages. Seeded as data; a rating records the
/// set and version it was given with.</summary>
public sealed class IndicatorSet
{
    private IndicatorSet() { }

    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public bool Current { get; private set; }
    public List<string> Keys { get; private set; } = [];
    public List<string> Names { get; private set; } = [];

    public bool Has(string key) => Keys.Contains(key);

    /// <summary>The next version of this set, current from now on; ratings given before keep the version they recorded.</summary>
    public IndicatorSet Next(IReadOnlyList<string> keys, IReadOnlyList<string> names) =>
        new() { Code = Code, Version = Version + 1, Current = true, Keys = [.. keys], Names = [.. names] };

    public void Retire() => Current = false;
}
