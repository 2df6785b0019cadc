using System.Globalization;
using Linkage.ServiceDefaults.Problems;

namespace Linkage.ServiceDefaults.Queries;

/// <summary>A reporting period of whole days (Asia/Shanghai), both ends included, from a query's <c>from</c>/<c>to</c>.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>From <c>from</c>/<c>to</c> (yyyy-MM-dd); by default the current month up to today.</summary>
    public static Period? Parse(string? from, string? to, DateOnly today, FieldErrors errors)
    {
        var start = Date(from, "from", new DateOnly(today.Year, today.Month, 1), errors);
        var end = Date(to, "to", today, errors);
        if (start is null || end is null) return null;
        if (start > end) { errors.Add("to", "The period ends before it starts."); return null; }
        return new Period(start.Value, end.Value);
    }

    private static DateOnly? Date(string? text, string field, DateOnly fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, "A date as yyyy-MM-dd is expected.");
        return null;
    }
}
