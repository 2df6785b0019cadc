using System.Net;
using System.Net.Http.Json;
using Linkage.Catalog.Caching;
using Linkage.Contracts.Catalog.V1;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Catalog.Persistence.Seed.DemoBundleImplementations;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

/// <summary><c>POST /api/catalog/bundles</c>: versions, every bad field named with nothing saved, scope.</summary>
[Collection(CatalogWriteHostCollection.Name)]
public sealed class BundleWriteTests(CatalogHost catalog)
{
    private const string County = "350926000000";
    private const string Centre = "ou-350926-centre";
    private const string Licence = "11100000000013338W001";

    private static object Request(string code, int limit, string[] legs, object? licence = null, string orgUnitId = Centre,
        string unit = "working-days", string? name = "开办餐馆一件事") => new
    {
        code, name, orgUnitId, committedLimit = new { amount = limit, unit },
        legs = legs.Select(l => new { implementationCode = l }).ToArray(), mergedLicence = licence,
    };

    private static string NewCode() => $"350926-YJS-T{Random.Shared.Next(100_000, 999_999)}";

    [Fact]
    public async Task Writing_a_bundle_twice_makes_version_2_and_GetBundle_answers_it_at_once()
    {
        using var admin = catalog.As(County);
        var code = NewCode();
        var created = await admin.PostAsJsonAsync("/api/catalog/bundles", Request(code, 4, [Registration, Seal, Insurance]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await BodyAsync(created);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal(3, body.GetProperty("legs").GetArrayLength());
        Assert.Equal(7, body.GetProperty("materials").GetArrayLength());   // 法定代表人身份证明 merged by name
        var first = await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = code });
        Assert.Equal(4, first.CommittedLimit.Amount);

        var revised = await admin.PostAsJsonAsync("/api/catalog/bundles",
            Request(code, 5, [Registration, Seal, Insurance, Fund], new { produces = true, typeCode = Licence, typeName = "营业执照", issuerCreditCode = "11350926MB00001255" }));
        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        Assert.Equal(2, (await BodyAsync(revised)).GetProperty("version").GetInt32());

        var current = await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = code });
        Assert.Equal((2, 5, 4, true), (current.Version, current.CommittedLimit.Amount, current.Legs.Count, current.MergedLicence.Produces));
        var pinned = await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = code, Version = 1 });
        Assert.Equal((1, 3, false), (pinned.Version, pinned.Legs.Count, pinned.MergedLicence.Produces));
    }

    [Fact]
    public async Task A_withdrawn_leg_makes_the_bundle_inactive_and_unlisted_until_restored()
    {
        using var admin = catalog.As(County);
        var code = NewCode();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/catalog/bundles", Request(code, 3, [Registration, Invoice]))).StatusCode);
        try
        {
            await catalog.ExecuteAsync($"UPDATE catalog.implementations SET \"Active\" = false WHERE \"Code\" = '{Invoice}'");
            catalog.Host.Services.GetRequiredService<CatalogCache>().Invalidate();

            var bundle = await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = code });
            Assert.True(bundle.Found);
            Assert.False(bundle.Active);
            Assert.Equal(0, bundle.Legs[1].ImplementationVersion);
            using var anonymous = catalog.Anonymous();
            var listed = (await BodyAsync(await anonymous.GetAsync($"/api/catalog/bundles?division={County}"))).Items();
            Assert.DoesNotContain(listed.EnumerateArray(), b => b.GetProperty("bundleCode").GetString() == code);
        }
        finally
        {
            await catalog.ExecuteAsync($"UPDATE catalog.implementations SET \"Active\" = true WHERE \"Code\" = '{Invoice}'");
            catalog.Host.Services.GetRequiredService<CatalogCache>().Invalidate();
        }
        Assert.True((await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = code })).Active);
    }

    public static TheoryData<string, object> BadRequests => new()
    {
        { "legs[1].implementationCode", Request(NewCode(), 3, [Registration, "350926-000000000000-99"]) },
        { "legs[1].implementationCode", Request(NewCode(), 3, [Registration, Registration]) },
        { "legs[1].implementationCode", Request(NewCode(), 3, [Registration, "350981-000121010000-01"]) }, // another unit's entry
        { "legs", Request(NewCode(), 3, [Registration]) },
        { "legs", Request(NewCode(), 3, [Registration, "350926-000122002000-01"]) },   // both signed off by market regulation
        { "committedLimit.amount", Request(NewCode(), 20, [Registration, Seal]) },   // more than both legs one after another
        { "committedLimit.amount", Request(NewCode(), 2, [Registration, Seal]) },    // shorter than the registration leg
        { "committedLimit.unit", Request(NewCode(), 3, [Registration, Seal], unit: "calendar-days") },
        { "mergedLicence.typeCode", Request(NewCode(), 3, [Registration, Seal], new { produces = true, typeCode = "11100000000013338W", typeName = "营业执照", issuerCreditCode = "11350926MB00001255" }) },
        { "mergedLicence.issuerCreditCode", Request(NewCode(), 3, [Registration, Seal], new { produces = true, typeCode = Licence, typeName = "营业执照", issuerCreditCode = "11350926MB00001250" }) },
        { "orgUnitId", Request(NewCode(), 3, [Registration, Seal], orgUnitId: "ou-350926100-centre") },
        { "orgUnitId", Request(NewCode(), 3, [Registration, Seal], orgUnitId: "ou-350926-nowhere") },
        { "name", Request(NewCode(), 3, [Registration, Seal], name: " ") },
        { "code", Request("has space", 3, [Registration, Seal]) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_422_naming_the_field_and_nothing_is_saved(string field, object request)
    {
        using var admin = catalog.As(County);
        var before = await catalog.CountAsync("bundles");

        var response = await admin.PostAsJsonAsync("/api/catalog/bundles", request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Equal(before, await catalog.CountAsync("bundles"));
    }

    [Fact]
    public async Task Another_countys_admin_cannot_write_or_revise_and_a_clerk_is_forbidden()
    {
        using var admin = catalog.As(County);
        var code = NewCode();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/catalog/bundles", Request(code, 3, [Registration, Seal]))).StatusCode);

        using var fuAn = catalog.As("350981000000");
        var foreign = await fuAn.PostAsJsonAsync("/api/catalog/bundles", Request(NewCode(), 3, [Registration, Seal]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.True((await BodyAsync(foreign)).GetProperty("errors").TryGetProperty("orgUnitId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await fuAn.PostAsJsonAsync("/api/catalog/bundles", Request(code, 3, [Registration, Seal]))).StatusCode);
        using var clerk = catalog.As(County, "window-clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/catalog/bundles", Request(NewCode(), 3, [Registration, Seal]))).StatusCode);
        Assert.Equal(2, (await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = code })).Legs.Count);
    }
}
