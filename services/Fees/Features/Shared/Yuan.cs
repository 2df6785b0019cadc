namespace Linkage.Fees.Features.Shared;

/// <summary>Fen (分) printed as yuan for people; arithmetic never leaves integer fen.</summary>
public static class Yuan
{
    public static string Text(long fen) => $"{(fen < 0 ? "-" : "")}{Math.Abs(fen) / 100}.{Math.Abs(fen) % 100:D2}元";
}
