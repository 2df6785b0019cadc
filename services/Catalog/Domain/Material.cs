namespace Linkage.Catalog.Domain;

/// <summary>One entry of the materials list (申请材料). <paramref name="Deferrable"/>: may be supplied after
/// acceptance on a signed commitment (容缺受理).</summary>
public sealed record Material(string Code, string Name, bool Required, bool Deferrable);
