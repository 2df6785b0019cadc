namespace Linkage.Bench.Chaos;

/// <summary>One fault kind's line of the table: how often it was injected, the cases clients were told were accepted
/// (201), how many of those did not reach their end state, how many reached it twice, the cases intake holds that no
/// client was told about, the applications given up after every retry, and every answer the clients got.</summary>
public sealed record FaultRow(
    string Fault, int Injected, long Accepted, long Lost, long Duplicated, long Unacknowledged, long GaveUp,
    IReadOnlyDictionary<string, long> Statuses)
{
    public long ServerErrors => Statuses.Where(s => s.Key is "500" or "501").Sum(s => s.Value);

    public bool Clean => Injected > 0 && Accepted > 0 && Lost == 0 && Duplicated == 0 && ServerErrors == 0;

    public static string Header =>
        $"{"fault",-16} {"injected",8} {"accepted",9} {"lost",5} {"twice",5} {"unacked",7} {"gave up",7}  client answers by status";

    public override string ToString() =>
        $"{Fault,-16} {Injected,8} {Accepted,9} {Lost,5} {Duplicated,5} {Unacknowledged,7} {GaveUp,7}  " +
        string.Join(" ", Statuses.Select(s => $"{s.Key}×{s.Value}"));
}
