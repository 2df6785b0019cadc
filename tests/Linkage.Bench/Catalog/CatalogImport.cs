using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Bench.Catalog;

/// <summary>A generated county (5,000 matters, 50,000 implementation entries by default) imported through
/// <c>POST /api/catalog/imports</c>; each run takes a county code not used yet, so the keys are new.</summary>
public sealed class CatalogImport(Uri host, string provinceAdmin)
{
    public async Task<ImportedCounty> RunAsync(int matters, int entries)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", provinceAdmin);
        var county = await UnusedCountyAsync(http);
        var prefix = "8" + county[4..];
        var file = ImportFiles.Csv(county, matters, entries, prefix);

        var clock = Stopwatch.StartNew();
        using var started = await http.PostAsync("/api/catalog/imports?name=bench.csv", new StringContent(file, Encoding.UTF8, "text/csv"));
        if (started.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"Import refused: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
        var job = started.Headers.Location!;
        string state;
        do
        {
            await Task.Delay(200);
            state = (await http.GetFromJsonAsync<JsonElement>(job)).GetProperty("state").GetString()!;
        }
        while (state == "writing");
        if (state != "succeeded") throw new InvalidOperationException($"Import ended {state}.");
        return new ImportedCounty(county, prefix, matters, entries, clock.Elapsed);
    }

    private static async Task<string> UnusedCountyAsync(HttpClient http)
    {
        for (var n = 30; n < 100; n++)
        {
            var county = $"3509{n}";
            using var probe = await http.GetAsync($"/api/catalog/regions/{county}000000");
            if (probe.StatusCode == HttpStatusCode.NotFound) return county;
        }
        throw new InvalidOperationException("Every bench county code 350930–350999 is taken: reset the demo database.");
    }
}

public sealed record ImportedCounty(string County, string MatterPrefix, int Matters, int Entries, TimeSpan Took)
{
    public string RandomMatter() => ImportFiles.Matter(MatterPrefix, Random.Shared.Next(Matters));

    public string RandomVillage() => ImportFiles.Village(County, Random.Shared.Next(1, 11), Random.Shared.Next(1, 6));

    public string RandomImplementation() => ImportFiles.Implementation(County, Matters, Random.Shared.Next(Entries), MatterPrefix);

    public override string ToString() =>
        $"catalog import of {Matters} matters + {Entries} implementation entries (county {County}): {Took.TotalSeconds:0.0} s";
}
