using Linkage.Security.Tests.Endpoints;
using Xunit.Abstractions;

namespace Linkage.Security.Tests.Matrix;

/// <summary>Issue 20's BOLA matrix: every endpoint of the host × seven callers who own nothing of the seeded targets.
/// Each must be refused (401/404, decision 0421) with a status the OpenAPI operation documents, and leave every table as it was.</summary>
[Collection(SecurityCollection.Name)]
public sealed class BolaMatrixTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_endpoint_refuses_every_caller_who_owns_nothing_and_changes_nothing()
    {
        var (cells, notes, skipped, holes) = (new List<Cell>(), new Dictionary<string, string>(), new List<string>(), new List<string>());
        var clients = Identity.All.ToDictionary(i => i, i => MatrixRequest.Client(fixture.Host, i));
        var before = await fixture.Fingerprint.TakeAsync();
        foreach (var endpoint in fixture.Endpoints)
        {
            var kind = Classification.Of(endpoint);
            if (kind is RouteKind.Public or RouteKind.OwnScope)
            {
                skipped.Add($"`{endpoint.Key}`: {(kind == RouteKind.Public ? "public (gateway's public-route list)" : Classification.OwnScope[endpoint.Key])}");
                continue;
            }
            var random = new List<string>();
            foreach (var identity in Identity.All)
            {
                using var response = await clients[identity].SendAsync(MatrixRequest.For(endpoint, fixture.Targets, random));
                var text = await response.Content.ReadAsStringAsync();
                var cell = new Cell(endpoint, kind, identity, response.StatusCode, fixture.Targets.Markers.Any(m => text.Contains(m, StringComparison.Ordinal)));
                cells.Add(cell);
                if (cell.Why is { } why) holes.Add($"{endpoint.Key} as {identity.Name}: {why} — {Trim(text)}");
                if (fixture.Documents.Undocumented(endpoint, (int)response.StatusCode) is { } missing) holes.Add($"{endpoint.Key} as {identity.Name}: {missing}");
            }
            var after = await fixture.Fingerprint.TakeAsync();
            var changed = DatabaseFingerprint.Changed(before, after);
            if (changed.Count > 0) holes.Add($"{endpoint.Key}: changed {string.Join(", ", changed)}");
            before = after;
            notes[endpoint.Key] = string.Join("; ", new[]
            {
                Classification.Reference.GetValueOrDefault(endpoint.Key),
                random.Count > 0 ? "random " + string.Join(", ", random.Distinct()) : null,
                changed.Count > 0 ? "**changed " + string.Join(", ", changed) + "**" : null,
            }.Where(n => n is not null));
        }
        foreach (var client in clients.Values) client.Dispose();

        var report = Path.Combine(AppContext.BaseDirectory, "security-report", "bola-matrix.md");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await File.WriteAllTextAsync(report, MatrixReport.Markdown(cells, notes, skipped));
        output.WriteLine($"{MatrixReport.Summary(cells, skipped)} Report: {report}");

        Assert.True(cells.Count >= Identity.All.Count * 60, $"only {cells.Count} calls: the endpoint table was not read");
        Assert.True(holes.Count == 0, $"{holes.Count} holes:\n" + string.Join("\n", holes));
    }

    private static string Trim(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
