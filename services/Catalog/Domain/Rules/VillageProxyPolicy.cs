namespace Linkage.Catalog.Domain.Rules;

/// <summary>代办: a village station or town centre may take the application for the competent unit when the entry allows
/// proxy handling and the submitting unit lies in the competent unit's subtree (a station in another county may not).
/// The competent unit taking its own application is no proxy.</summary>
public sealed class VillageProxyPolicy(Implementation entry, OrgUnit competent, OrgUnit? submitting)
{
    public bool Allows() =>
        entry.ProxyAllowed
        && submitting is { CanTakeByProxy: true }
        && submitting.Id != competent.Id
        && DivisionTree.IsWithin(submitting.DivisionCode, competent.DivisionCode);
}
