using System.Net;
using System.Text;
using Linkage.Catalog.Features.Import;
using Linkage.Testing;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>The validator takes a file a chunk of rows at a time (decision 0652); a file longer than one chunk is still
/// validated whole against itself and written all or nothing.</summary>
[Collection(CatalogWriteHostCollection.Name)]
public sealed class ImportChunkTests(CatalogHost catalog)
{
    [Fact]
    public async Task A_file_longer_than_a_chunk_reports_problems_of_every_chunk_writes_nothing_then_imports_whole()
    {
        var entries = ImportValidator.ChunkRows + 10;
        var lines = ImportFiles.Csv("350929", 50, entries, "86").Split('\n');
        var (first, last) = (Array.IndexOf(lines, "[implementations]") + 2, Array.IndexOf(lines, "[implementations]") + 1 + entries);
        var good = (First: lines[first], Last: lines[last]);
        lines[first] = good.First.Replace(",committed,20,10,", ",committed,20,30,");          // chunk 1: committed over legal
        lines[last] = good.First.Split(',')[0] + good.Last[good.Last.IndexOf(',')..];        // last chunk: chunk 1's code again
        using var admin = catalog.As("350000000000");
        var before = await catalog.CountRowsAsync();

        var refused = await admin.PostAsync("/api/catalog/imports?name=long.csv", new StringContent(string.Join('\n', lines), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problems = (await BodyAsync(refused)).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("field").GetString())).ToList();
        Assert.Equal([(first + 1, "implementations.committedLimit"), (last + 1, "implementations.version")], problems);
        Assert.Equal(before, await catalog.CountRowsAsync());

        (lines[first], lines[last]) = good;
        var started = await admin.PostAsync("/api/catalog/imports?name=long.csv", new StringContent(string.Join('\n', lines), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var done = await catalog.Host.Eventually(async () =>
        {
            var job = await BodyAsync(await admin.GetAsync(started.Headers.Location!.ToString()));
            return job.GetProperty("state").GetString() == "writing" ? (System.Text.Json.JsonElement?)null : job;
        }, TimeSpan.FromSeconds(120)) ?? default;
        Assert.Equal("succeeded", done.GetProperty("state").GetString());
        Assert.Equal(entries, done.GetProperty("written").GetProperty("implementations").GetInt32());
    }
}
