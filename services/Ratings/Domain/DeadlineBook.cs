using Linkage.Kernel;

namespace Linkage.Ratings.Domain;

/// <summary>Every region's own limits, resolved from the province down to the handling division: a lower region's
/// term wins unless a region above locked it. Small (one row per region that set limits): loaded whole.</summary>
public sealed class DeadlineBook(IReadOnlyDictionary<string, RegionDeadline> regions, EffectiveDeadlines defaults)
{
    public EffectiveDeadlines For(string division) =>
        DivisionCode.TryParse(division, out var code, out _) ? For(code) : defaults;

    public EffectiveDeadlines For(DivisionCode division)
    {
        var chain = new List<DivisionCode>();
        for (DivisionCode? d = division; d is { } c; d = c.Parent) chain.Add(c);
        chain.Reverse();
        var limits = defaults;
        foreach (var level in chain)
            if (regions.TryGetValue(level.SignificantPrefix, out var own)) limits = limits.Apply(own);
        return limits;
    }

    /// <summary>The region above that locked <paramref name="term"/> for <paramref name="division"/>, if any.</summary>
    public string? LockedAbove(DivisionCode division, string term) =>
        division.Parent is { } parent ? For(parent).LockedBy.GetValueOrDefault(term) : null;
}

/// <summary>The limits in force for a region, where each came from ("default" or the region's prefix) and who locked it.</summary>
public sealed record EffectiveDeadlines(
    int VisitWorkingDays,
    int RectificationWorkingDays,
    IReadOnlyDictionary<string, string> Provenance,
    IReadOnlyDictionary<string, string> LockedBy)
{
    public const string Default = "default";

    public static EffectiveDeadlines Defaults(int visitWorkingDays, int rectificationWorkingDays) => new(visitWorkingDays,
        rectificationWorkingDays, RegionDeadline.Terms.ToDictionary(t => t, _ => Default), new Dictionary<string, string>());

    public EffectiveDeadlines Apply(RegionDeadline own)
    {
        var provenance = new Dictionary<string, string>(Provenance);
        var lockedBy = new Dictionary<string, string>(LockedBy);
        bool Takes(string term)
        {
            if (LockedBy.ContainsKey(term) || !own.Sets(term)) return false;
            provenance[term] = own.DivisionPrefix;
            return true;
        }

        var next = this with
        {
            VisitWorkingDays = Takes(RegionDeadline.Visit) ? own.VisitWorkingDays!.Value : VisitWorkingDays,
            RectificationWorkingDays = Takes(RegionDeadline.Rectification) ? own.RectificationWorkingDays!.Value : RectificationWorkingDays,
        };
        foreach (var term in own.Locks) lockedBy.TryAdd(term, own.DivisionPrefix);
        return next with { Provenance = provenance, LockedBy = lockedBy };
    }
}
