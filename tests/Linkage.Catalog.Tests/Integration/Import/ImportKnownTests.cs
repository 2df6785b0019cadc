using Linkage.Catalog.Features.Import;
using Linkage.Catalog.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>An import reads the stored matters a chunk of its file names, not the whole catalogue: its memory is bounded
/// by the file, whatever number of counties was imported before.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class ImportKnownTests(CatalogHost catalog)
{
    [Fact]
    public async Task Only_the_matters_the_file_names_are_read_and_a_taken_code_is_still_seen()
    {
        var entry = Row("implementations", 2, new() { ["code"] = "350926206-000113012000-01", ["matterCode"] = "000113012000" });
        var matter = Row("matters", 4, new() { ["code"] = " 000121010000 " });
        var unknown = Row("implementations", 3, new() { ["code"] = "350926206-999999999999-01", ["matterCode"] = "999999999999" });
        await using var scope = catalog.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();

        var known = await ImportKnown.NamedAsync(db, [entry, matter, unknown], CancellationToken.None);

        Assert.True(await catalog.CountAsync("matters") > 2);
        Assert.Equal(["000113012000", "000121010000"], known.Matters.Keys.Order());
    }

    private static ImportRow Row(string section, int line, Dictionary<string, string> cells) => new(section, line, cells, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>());
}
