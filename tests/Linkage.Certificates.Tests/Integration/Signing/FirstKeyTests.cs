using Linkage.Testing;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>An org unit's first key is made once, committed on its own, however many of its first licences are
/// issued at once (decision 0634): one key, one insert, every licence sealed with it.</summary>
public sealed class FirstKeyTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    private const string KeyInsert = "INSERT INTO certificates.signing_keys%";

    [Fact]
    public async Task Concurrent_first_licences_of_an_org_unit_make_one_key_with_one_insert()
    {
        const int count = 12;
        var orgUnit = fixture.Cases.Implementation.OrgUnitId;
        Assert.Equal(0, await KeysAsync(orgUnit));
        var insertsBefore = await StatementCalls.OfAsync(fixture.Host.ConnectionString, KeyInsert);

        var cases = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => fixture.Cases.PublishAsync()));
        await Task.WhenAll(cases.Select(c => fixture.Host.CertificateOfAsync(c.CaseId)));

        Assert.Equal(1, await KeysAsync(orgUnit));
        Assert.Equal(1, await StatementCalls.OfAsync(fixture.Host.ConnectionString, KeyInsert) - insertsBefore);
        Assert.Equal(count, await fixture.CountAsync("""
            SELECT count(*) FROM certificates.certificates c JOIN certificates.signing_keys k ON k."Id" = c."KeyId"
            WHERE c."CaseId" = ANY($1) AND k."OrgUnitId" = $2 AND k."RetiredAt" IS NULL
            """, cases.Select(c => c.CaseId).ToArray(), orgUnit));
    }

    private Task<long> KeysAsync(string orgUnit) =>
        fixture.CountAsync("SELECT count(*) FROM certificates.signing_keys WHERE \"OrgUnitId\" = $1", orgUnit);
}
