using System.Collections.Concurrent;
using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>Every region's rule set, resolved from the province down to a division: a lower region's term wins
/// unless a region above locked it. Small (one row per region that wrote rules): loaded whole.</summary>
public sealed class RuleBook(IReadOnlyDictionary<string, RuleSet> sets, EffectiveRules defaults)
{
    private readonly ConcurrentDictionary<string, EffectiveRules> resolved = new();

    /// <summary>Resolved once per division for the life of the book (kept per process, 0597).</summary>
    public EffectiveRules For(string division) => resolved.GetOrAdd(division, d =>
        DivisionCode.TryParse(d, out var code, out _) ? For(code) : defaults);

    public EffectiveRules For(DivisionCode division)
    {
        var rules = defaults;
        foreach (var level in Chain(division))
            if (sets.TryGetValue(level.Value, out var set)) rules = rules.Apply(set);
        return rules;
    }

    /// <summary>The region above that locked <paramref name="term"/> for <paramref name="division"/>, if any.</summary>
    public string? LockedAbove(DivisionCode division, string term) => division.Parent is { } parent
        ? For(parent).LockedBy.GetValueOrDefault(term)
        : null;

    private static IEnumerable<DivisionCode> Chain(DivisionCode division)
    {
        var chain = new List<DivisionCode>();
        for (DivisionCode? d = division; d is { } c; d = c.Parent) chain.Add(c);
        chain.Reverse();
        return chain;
    }
}

/// <summary>The rules in force for a region, with where each term came from and which region locked it.</summary>
public sealed record EffectiveRules(
    int WarnWorkingDays,
    decimal? WarnFraction,
    int OrderReplyWorkingDays,
    int AcceptanceWorkingDays,
    int CertificateDays,
    int SignOffWorkingDays,
    IReadOnlyDictionary<string, string> Provenance,
    IReadOnlyDictionary<string, string> LockedBy)
{
    public const string Default = "default";

    public static EffectiveRules Defaults(int warnWorkingDays, decimal? warnFraction, int orderReplyWorkingDays, int acceptanceWorkingDays,
        int certificateDays, int signOffWorkingDays) =>
        new(warnWorkingDays, warnFraction, orderReplyWorkingDays, acceptanceWorkingDays, certificateDays, signOffWorkingDays,
            RuleTerms.Names.ToDictionary(n => n, _ => Default), new Dictionary<string, string>());

    public DeadlineAlertPolicy AlertRule() => new(WarnWorkingDays, WarnFraction);

    public EffectiveRules Apply(RuleSet set)
    {
        var provenance = new Dictionary<string, string>(Provenance);
        var lockedBy = new Dictionary<string, string>(LockedBy);
        var terms = set.Terms;
        bool Takes(string term)
        {
            if (LockedBy.ContainsKey(term) || !terms.Sets(term)) return false;
            provenance[term] = set.Division;
            return true;
        }

        var next = this with
        {
            WarnWorkingDays = Takes(RuleTerms.Warn) ? terms.WarnWorkingDays!.Value : WarnWorkingDays,
            WarnFraction = Takes(RuleTerms.Fraction) ? terms.WarnFraction : WarnFraction,
            OrderReplyWorkingDays = Takes(RuleTerms.OrderReply) ? terms.OrderReplyWorkingDays!.Value : OrderReplyWorkingDays,
            AcceptanceWorkingDays = Takes(RuleTerms.Acceptance) ? terms.AcceptanceWorkingDays!.Value : AcceptanceWorkingDays,
            CertificateDays = Takes(RuleTerms.Certificate) ? terms.CertificateDays!.Value : CertificateDays,
            SignOffWorkingDays = Takes(RuleTerms.SignOff) ? terms.SignOffWorkingDays!.Value : SignOffWorkingDays,
        };
        foreach (var term in set.Locks) lockedBy.TryAdd(term, set.Division);
        return next with { Provenance = provenance, LockedBy = lockedBy };
    }
}
