using Linkage.Catalog.Features.GetBundle;
using Linkage.Contracts.Catalog.V1;

namespace Linkage.Catalog.Grpc;

internal static class BundleMapping
{
    public static Bundle ToProto(BundleDetails d)
    {
        var proto = new Bundle
        {
            Found = true,
            BundleCode = d.Bundle.Code,
            Version = d.Bundle.Version,
            Name = d.Bundle.Name,
            OrgUnitId = d.Unit.Id,
            OrgUnitName = d.Unit.Name,
            DivisionCode = d.Unit.DivisionCode,
            CommittedLimit = ProtoMapping.Limit(d.Bundle.CommittedLimit),
            MergedLicence = ProtoMapping.ToProto(d.Bundle.MergedLicence),
            Active = d.Active,
        };
        proto.Legs.AddRange(d.Legs.Select(l => new BundleLeg
        {
            ImplementationCode = l.Code,
            ImplementationVersion = l.Entry?.Version ?? 0,
            MatterCode = l.Entry?.MatterCode ?? "",
            MatterName = l.Matter?.Name ?? "",
        }));
        proto.Materials.AddRange(d.Materials.Select(ProtoMapping.ToProto));
        return proto;
    }
}
