using Linkage.Kernel;
using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Deadlines;

/// <summary>A region's own limits in working days; null inherits. <c>Locks</c> names terms every region below keeps.</summary>
public sealed record RegionDeadlineRequest(int? VisitWorkingDays, int? RectificationWorkingDays, IReadOnlyList<string>? Locks)
{
    /// <summary>Days in range (the bounds of the configured defaults), locks that name terms, no term locked above.</summary>
    public FieldErrors Check(DivisionCode division, DeadlineBook book)
    {
        var errors = new FieldErrors();
        if (VisitWorkingDays is < 1 or > 10) errors.Add(RegionDeadline.Visit, "1 to 10 working days.");
        if (RectificationWorkingDays is < 1 or > 60) errors.Add(RegionDeadline.Rectification, "1 to 60 working days.");
        foreach (var unknown in (Locks ?? []).Where(l => !RegionDeadline.Terms.Contains(l)))
            errors.Add("locks", $"'{unknown}' is not a term; use {string.Join(", ", RegionDeadline.Terms)}.");
        var own = RegionDeadline.Of(division.SignificantPrefix, VisitWorkingDays, RectificationWorkingDays);
        foreach (var term in RegionDeadline.Terms.Where(own.Sets))
            if (book.LockedAbove(division, term) is { } by) errors.Add(term, $"Locked by {by}: regions below keep its value.");
        return errors;
    }
}
