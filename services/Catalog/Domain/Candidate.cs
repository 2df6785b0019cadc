namespace Linkage.Catalog.Domain;

/// <summary>An implementation entry of the matter together with the org unit that carries it.</summary>
public sealed record Candidate(Implementation Entry, OrgUnit Unit);
