using Linkage.Contracts.Catalog.V1;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>ResolveCompetentUnit over a real HTTP/2 channel to the host's gRPC port, without a token (as modules call).</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class GrpcResolutionTests(CatalogHost catalog)
{
    private Task<ResolveCompetentUnitReply> ResolveAsync(string matter, string division, string submitting = "") =>
        catalog.Grpc.ResolveCompetentUnitAsync(
            new ResolveCompetentUnitRequest { MatterCode = matter, DivisionCode = division, SubmittingOrgUnitId = submitting },
            deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync;

    [Fact]
    public async Task The_food_permit_for_the_village_walks_up_to_the_county_and_may_be_taken_by_proxy()
    {
        var reply = await ResolveAsync("000121010000", "350926100201", "ou-350926100201-station");

        Assert.True(reply.Found);
        Assert.Equal("ou-350926-centre", reply.OrgUnitId);
        Assert.Equal("柘荣县行政服务中心", reply.OrgUnitName);
        Assert.Equal("350926000000", reply.DivisionCode);
        Assert.Equal("350926-000121010000-01", reply.ImplementationCode);
        Assert.Equal(1, reply.ImplementationVersion);
        Assert.True(reply.ProxyAllowed);
    }

    [Fact]
    public async Task A_town_matter_stops_at_the_town_centre()
    {
        var reply = await ResolveAsync("000113012000", "350926100201", "ou-350926100201-station");
        Assert.Equal("ou-350926100-centre", reply.OrgUnitId);
        Assert.True(reply.ProxyAllowed);
    }

    [Fact]
    public async Task An_entry_without_village_proxy_is_not_proxy_allowed()
    {
        var reply = await ResolveAsync("000122002000", "350926100201", "ou-350926100201-station");
        Assert.True(reply.Found);
        Assert.Equal("ou-350926-centre", reply.OrgUnitId);
        Assert.False(reply.ProxyAllowed);
    }

    [Fact]
    public async Task The_competent_unit_taking_its_own_application_is_no_proxy()
    {
        var reply = await ResolveAsync("000121010000", "350926000000", "ou-350926-centre");
        Assert.Equal("ou-350926-centre", reply.OrgUnitId);
        Assert.False(reply.ProxyAllowed);
    }

    [Fact]
    public async Task A_resident_of_the_other_county_resolves_to_their_own_centre_and_our_station_cannot_proxy_for_it()
    {
        var reply = await ResolveAsync("000121010000", "350981001001", "ou-350926100201-station");
        Assert.Equal("ou-350981-centre", reply.OrgUnitId);
        Assert.Equal("350981-000121010000-01", reply.ImplementationCode);
        Assert.False(reply.ProxyAllowed);
    }

    [Fact]
    public async Task A_matter_nobody_above_implements_is_not_found_with_a_reason()
    {
        var reply = await ResolveAsync("000113012000", "350981001001");
        Assert.False(reply.Found);
        Assert.Contains("350981001001", reply.Reason);
    }

    [Theory]
    [InlineData("000121010000", "3509261002", "division_code")]
    [InlineData("000121010000", "", "division_code")]
    [InlineData("0001210100001", "350926100201", "matter_code")]
    [InlineData("", "350926100201", "matter_code")]
    public async Task Malformed_input_is_not_found_with_the_field_named(string matter, string division, string field)
    {
        var reply = await ResolveAsync(matter, division);
        Assert.False(reply.Found);
        Assert.StartsWith(field + ":", reply.Reason);
    }
}
