namespace Linkage.VideoReview.Features.Shared;

public static class CallerDivision
{
    /// <summary>The caller's 12-digit division code: the root of the subtree their sessions are seen in.</summary>
    public static string SubtreeDivision(this CallerContext caller) =>
        caller.Division is { } code
            ? code.SignificantPrefix.PadRight(12, '0')
            : throw new InvalidOperationException("The caller has no division.");
}
