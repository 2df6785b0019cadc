using System.Text.Json;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>继承与锁定: a value given locally wins unless the upper entry locks that field (then it must equal the
/// upper value); a value not given comes from the upper entry, else from the matter's catalogue version. Every
/// field records where its value came from.</summary>
public sealed class Inheritance(Implementation? upper, MatterVersion? catalogue, string matterCode)
{
    private readonly List<IBusinessRule> broken = [];
    private readonly List<ValueSource> provenance = [];

    public IReadOnlyList<IBusinessRule> Broken => broken;

    public IReadOnlyList<ValueSource> Provenance => provenance;

    public EntryTerms Merge(EntryTerms local)
    {
        var above = upper is null ? null : EntryTerms.Of(upper);
        var details = catalogue?.Details;
        return new EntryTerms(
            Pick("caseKind", local.CaseKind, above?.CaseKind, details?.CaseKind),
            Pick("legalLimit", local.LegalLimit, above?.LegalLimit, details?.LegalLimit),
            Pick("committedLimit", local.CommittedLimit, above?.CommittedLimit, details?.CommittedLimit),
            Pick("trips", local.Trips, above?.Trips, details?.Trips),
            Pick("materials", local.Materials, above?.Materials, null),
            Pick("departments", local.Departments, above?.Departments, null),
            Pick("proxyAllowed", local.ProxyAllowed, above?.ProxyAllowed, null),
            Pick("fees", local.Fees, above?.Fees, details?.Fees),
            Pick("hours", local.Hours, above?.Hours, null),
            Pick("licence", local.Licence, above?.Licence, null));
    }

    private T? Pick<T>(string field, T? local, T? inherited, T? fromMatter)
    {
        if (local is not null)
        {
            if (upper is not null && upper.Locks.Contains(field) && !Same(local, inherited))
                broken.Add(new LockedFieldRule(field, upper.Code));
            provenance.Add(new(field, "local"));
            return local;
        }
        if (upper is not null && inherited is not null)
        {
            provenance.Add(new(field, $"inherited:{upper.Code}@{upper.Version}"));
            return inherited;
        }
        if (fromMatter is not null) provenance.Add(new(field, $"matter:{matterCode}@{catalogue!.Version}"));
        return fromMatter;
    }

    private static bool Same<T>(T a, T b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}

/// <summary>The upper tier locked this field (锁定): an inheriting entry keeps the upper value.</summary>
public sealed class LockedFieldRule(string fieldPath, string upperCode) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"Locked by the upper tier's entry {upperCode}; it cannot be overridden.";

    public bool IsBroken() => true;
}
