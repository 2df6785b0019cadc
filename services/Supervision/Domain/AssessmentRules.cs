namespace Linkage.Supervision.Domain;

/// <summary>A region's own 千分制 rules, kept as data. A region without its own rules uses the nearest region above
/// that has them, else <see cref="AssessmentTerms.Default"/> (decision 0460).</summary>
public sealed class AssessmentRules
{
    private AssessmentRules() { }

    public string Division { get; private set; } = "";
    public AssessmentTerms Terms { get; private set; } = AssessmentTerms.Default;
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static AssessmentRules For(string division) => new() { Division = division };

    public void Write(AssessmentTerms terms, string by, DateTimeOffset at) => (Terms, UpdatedBy, UpdatedAt) = (terms, by, at.ToUniversalTime());
}
