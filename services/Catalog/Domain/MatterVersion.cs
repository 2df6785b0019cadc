namespace Linkage.Catalog.Domain;

/// <summary>One version of a catalogue entry, in force from a date (e.g. after the legal basis changed). An edit never
/// changes a version: it adds the next one. Versions seeded before the catalogue kept details have none.</summary>
public sealed record MatterVersion(int Version, DateOnly EffectiveFrom, string LegalBasis, MatterDetails? Details = null);
