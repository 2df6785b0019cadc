using Linkage.Contracts.Catalog.V1;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class GrpcImplementationTests(CatalogHost catalog)
{
    private Task<Implementation> GetAsync(string code, int version) => catalog.Grpc.GetImplementationAsync(
        new GetImplementationRequest { ImplementationCode = code, Version = version }, deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task The_food_permit_entry_is_complete_at_the_current_and_the_pinned_version(int version)
    {
        var entry = await GetAsync("350926-000121010000-01", version);

        Assert.True(entry.Found);
        Assert.Equal(1, entry.Version);
        Assert.Equal("000121010000", entry.MatterCode);
        Assert.Equal("食品经营许可（小餐饮）", entry.MatterName);
        Assert.Equal("ou-350926-centre", entry.OrgUnitId);
        Assert.Equal("350926000000", entry.DivisionCode);
        Assert.Equal(CaseKind.Committed, entry.CaseKind);
        Assert.Equal(20, entry.LegalLimit.Amount);
        Assert.Equal(TimeUnit.WorkingDays, entry.CommittedLimit.Unit);
        Assert.Equal(10, entry.CommittedLimit.Amount);
        Assert.Equal(["application-form", "id-copy", "premises-plan", "health-certificate"], entry.Materials.Select(m => m.Code));
        Assert.True(entry.Materials.Single(m => m.Code == "health-certificate").Deferrable);
        Assert.All(entry.Materials, m => Assert.True(m.Required));
        var scjg = entry.Departments.Single(d => d.DepartmentId == "dep-350926-scjg");
        Assert.Equal(("11350926MB00001255", 8, true), (scjg.CreditCode, scjg.LimitWorkingDays, scjg.SignsOff));
        var wsjk = entry.Departments.Single(d => d.DepartmentId == "dep-350926-wsjk");
        Assert.Equal(("柘荣县卫生健康局", "11350926MB0000233M", false), (wsjk.Name, wsjk.CreditCode, wsjk.SignsOff));
        Assert.True(entry.ProxyAllowed);
        Assert.Equal(("11350000MB00001479001", "食品经营许可证", "11350926MB00001255", 5),
            (entry.Licence.TypeCode, entry.Licence.TypeName, entry.Licence.IssuerCreditCode, entry.Licence.ValidityYears));
        Assert.True(entry.Licence.Produces);
    }

    [Theory]
    [InlineData("350926-000121010000-01", 2)]
    [InlineData("350926-000000000000-01", 0)]
    [InlineData("", 0)]
    [InlineData("350926-000121010000-01", -1)]
    public async Task Unknown_or_malformed_entries_are_not_found(string code, int version) =>
        Assert.False((await GetAsync(code, version)).Found);
}
