namespace Linkage.Fees.Domain;

/// <summary>One fee item of a case as the implementation entry lists it (收费项目), its legal basis (收费依据) and
/// what is due after any relief (减免) with that relief's own basis. Amounts are integer fen.</summary>
public sealed record FeeLine(string Item, string Basis, long ListedFen, long DueFen, string? Relief = null, string? ReliefBasis = null);
