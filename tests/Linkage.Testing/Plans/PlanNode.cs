using System.Text.Json;

namespace Linkage.Testing.Plans;

/// <summary>One node of an analysed plan. <see cref="RowsRead"/>: the rows the node produced over all its loops plus
/// those its filters and rechecks threw away — what it had to look at. <see cref="Buffers"/>: shared blocks hit and read.</summary>
public sealed record PlanNode(string NodeType, string? Relation, string? Index, long RowsRead, long Buffers)
{
    public bool IsSequentialScan => NodeType == "Seq Scan";

    public bool UsesIndex => Index is not null;

    public static IEnumerable<PlanNode> Walk(JsonElement node)
    {
        var loops = Number(node, "Actual Loops");
        var rows = (Number(node, "Actual Rows") + Number(node, "Rows Removed by Filter") + Number(node, "Rows Removed by Index Recheck")) * loops;
        yield return new PlanNode(node.GetProperty("Node Type").GetString()!, Text(node, "Relation Name"), Text(node, "Index Name"),
            rows, Number(node, "Shared Hit Blocks") + Number(node, "Shared Read Blocks"));
        if (!node.TryGetProperty("Plans", out var children)) yield break;
        foreach (var child in children.EnumerateArray())
            foreach (var n in Walk(child)) yield return n;
    }

    public override string ToString() =>
        $"{NodeType}{(Relation is null ? "" : " on " + Relation)}{(Index is null ? "" : " using " + Index)}: {RowsRead} rows read, {Buffers} buffers";

    private static long Number(JsonElement node, string name) =>
        node.TryGetProperty(name, out var v) ? (long)v.GetDouble() : 0;

    private static string? Text(JsonElement node, string name) => node.TryGetProperty(name, out var v) ? v.GetString() : null;
}
