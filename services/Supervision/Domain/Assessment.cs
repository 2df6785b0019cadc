namespace Linkage.Supervision.Domain;

/// <summary>One month's 千分制 assessment of a region's subtree (一月一考核): the rules it was run with, frozen at the
/// first run so a re-run of the closed month gives the same result, the result as JSON, and when it was published
/// (一月一通报) — only then are its rankings public.</summary>
public sealed class Assessment
{
    private Assessment() { }

    public string Division { get; private set; } = "";
    public string Month { get; private set; } = "";    // yyyy-MM
    public string TermsJson { get; private set; } = "";
    public string ResultJson { get; private set; } = "";
    public string RunBy { get; private set; } = "";
    public DateTimeOffset RunAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public bool Published => PublishedAt is not null;

    public static Assessment Start(string division, string month, string termsJson) =>
        new() { Division = division, Month = month, TermsJson = termsJson };

    public void Record(string resultJson, string by, DateTimeOffset at) => (ResultJson, RunBy, RunAt) = (resultJson, by, at.ToUniversalTime());

    /// <summary>False when published already.</summary>
    public bool Publish(string by, DateTimeOffset at)
    {
        if (Published) return false;
        (PublishedBy, PublishedAt) = (by, at.ToUniversalTime());
        return true;
    }
}
