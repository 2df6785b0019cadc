using System.Globalization;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The <c>month</c> parameter (yyyy-MM): a closed month only, so its facts are in (一月一考核).</summary>
public sealed record AssessmentMonth(DateOnly First)
{
    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public string Key => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static AssessmentMonth? Parse(string? month, DateOnly today, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact(month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors.Add("month", "A month as yyyy-MM is required.");
            return null;
        }
        if (first.AddMonths(1) > today)
        {
            errors.Add("month", "A month is assessed once it has closed.");
            return null;
        }
        return new AssessmentMonth(first);
    }
}
