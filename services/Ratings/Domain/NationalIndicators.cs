namespace Linkage.Ratings.Domain;

/// <summary>The two national indicator sets (国办发〔2019〕51号), whose versions live in <c>ratings.indicator_sets</c>:
/// online — 整体满意度, 办事效率, 办事指南精确度, 办事便捷度, 平台操作性; offline — 整体满意度, 服务效率, 服务水平, 服务态度.</summary>
public static class NationalIndicators
{
    public const string Online = "online";
    public const string Offline = "offline";

    /// <summary>Online channels are rated with the online set, on-site and text-message ones with the offline set.</summary>
    public static string SetFor(RatingChannel channel) =>
        channel is RatingChannel.Online or RatingChannel.App ? Online : Offline;
}
