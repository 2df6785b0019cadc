using Linkage.Contracts.Catalog.V1;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>Intake and approval ask the catalog for every case: repeated answers come from memory, over the real gRPC
/// channel, many calls at once. How fast they come is measured by <c>./platform bench</c> (tests/Linkage.Bench, catalog).</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class LookupCacheTests(CatalogHost catalog)
{
    private static readonly string[] Matters = ["000121010000", "000113012000", "000112031000", "000117001000", "000122002000"];
    private const int Calls = 1_000;
    private const int AtOnce = 50;

    [Fact]
    public async Task Under_load_answers_come_from_memory_without_touching_postgresql()
    {
        for (var i = 0; i < 20; i++) await CallAsync(i);   // fill the cache: one query per key

        using var queries = new CatalogQueryCounter();
        for (var wave = 0; wave < Calls; wave += AtOnce)
            await Task.WhenAll(Enumerable.Range(wave, AtOnce).Select(CallAsync));

        Assert.True(queries.Count == 0, $"{queries.Count} catalog queries during {Calls} calls");
    }

    private async Task CallAsync(int i)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        if (i % 2 == 0)
        {
            var reply = await catalog.Grpc.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
            {
                MatterCode = Matters[i / 2 % Matters.Length], DivisionCode = "350926100201", SubmittingOrgUnitId = "ou-350926100201-station",
            }, deadline: deadline);
            Assert.True(reply.Found);
        }
        else
        {
            var entry = await catalog.Grpc.GetImplementationAsync(
                new GetImplementationRequest { ImplementationCode = "350926-000121010000-01", Version = 1 }, deadline: deadline);
            Assert.True(entry.Found);
        }
    }
}
