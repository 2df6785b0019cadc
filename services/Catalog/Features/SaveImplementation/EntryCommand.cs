using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Features.SaveImplementation;

/// <summary>Write the next version of entry <paramref name="Code"/> (version 1 when new). Matter and org unit are
/// fixed by the first version; <paramref name="Terms"/> left null are inherited from <paramref name="InheritsFrom"/>
/// or the matter's catalogue version.</summary>
public sealed record EntryCommand(
    string Code, string? MatterCode, string? OrgUnitId, DateOnly? EffectiveFrom, string? InheritsFrom, EntryTerms Terms,
    IReadOnlyList<string>? Locks);

/// <summary>The entry added (not yet saved), or the 422 field errors, or <see cref="NotFound"/> for an existing entry
/// the caller does not manage.</summary>
public sealed record EntryOutcome(Implementation? Entry, Linkage.ServiceDefaults.Problems.FieldErrors? Errors, bool NotFound = false);
