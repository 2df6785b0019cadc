namespace Linkage.Catalog.Domain.Rules;

/// <summary>Versions start at 1 and none is listed twice: (code, version) pins what a case was decided under.</summary>
public sealed class VersionsAreNumberedOnceRule(string fieldPath, IReadOnlyList<int> versions) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "At least one version is required; versions are numbered from 1 and appear once each.";

    public bool IsBroken() => versions.Count == 0 || versions.Any(v => v < 1) || versions.Distinct().Count() != versions.Count;
}
