namespace Linkage.Catalog.Domain;

/// <summary>One version of a catalogue entry, in force from a date (e.g. after the legal basis changed).</summary>
public sealed record MatterVersion(int Version, DateOnly EffectiveFrom, string LegalBasis);
