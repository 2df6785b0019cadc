using Linkage.Catalog.Domain;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.GetRegion;

public sealed record RegionView(string Code, string Name, DivisionLevel Level, RegionRef? Parent, IReadOnlyList<RegionRef> Children);

public sealed record RegionRef(string Code, string Name, DivisionLevel Level)
{
    public static RegionRef From(Region r) => new(r.Code, r.Name, r.Level);
}
