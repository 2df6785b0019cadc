using System.Net;
using System.Text;
using System.Text.Json;
using Linkage.Security.Tests.Endpoints;
using Linkage.Security.Tests.Matrix;
using Xunit.Abstractions;

namespace Linkage.Security.Tests.BadInput;

/// <summary>Issue 20's bad-input corpus over every write endpoint of the host: never a 5xx, never accepted, a 400/422
/// is problem details naming a field at fault, nothing is written (decision 0422), and every status is one the endpoint's
/// OpenAPI operation documents (decision 0552).</summary>
[Collection(SecurityCollection.Name)]
public sealed class BadInputCorpusTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_write_endpoint_refuses_bad_input_naming_the_field_and_writes_nothing()
    {
        var (rows, failures) = (new List<string>(), new List<string>());
        var before = await fixture.Fingerprint.TakeAsync();
        foreach (var endpoint in fixture.Endpoints.Where(e => e.Writes))
        {
            var user = CorpusCaller.For(endpoint);
            using var client = fixture.Host.CreateClient(user);
            client.Timeout = TimeSpan.FromMinutes(2);
            var targets = endpoint.Pattern.EndsWith("/materials", StringComparison.Ordinal) ? fixture.Targets.With("case", fixture.Targets["onlineCase"]!) : fixture.Targets;
            var statuses = new List<string>();
            foreach (var bad in Corpus(endpoint, targets))
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), bad.RouteOverride ?? targets.Fill(endpoint.Pattern, []));
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                request.Content = bad.Content();
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                statuses.Add($"{bad.Kind}: {(int)response.StatusCode}");
                if (Judge(response, text, bad) is { } why) failures.Add($"{endpoint.Key} as {user}, {bad.Kind}: {why} — {Trim(text)}");
                if (text.Length > 0 && fixture.Documents.Undocumented(endpoint, (int)response.StatusCode) is { } missing)
                    failures.Add($"{endpoint.Key} as {user}, {bad.Kind}: {missing}");
            }
            var after = await fixture.Fingerprint.TakeAsync();
            if (DatabaseFingerprint.Changed(before, after) is { Count: > 0 } changed)
                failures.Add($"{endpoint.Key} as {user}: wrote to {string.Join(", ", changed)}");
            before = after;
            rows.Add($"| `{endpoint.Key}` | {user} | {string.Join("; ", statuses)} |");
        }

        var report = Path.Combine(AppContext.BaseDirectory, "security-report", "bad-input.md");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var summary = $"{rows.Count} write endpoints, {rows.Sum(r => r.Count(c => c == ';') + 1)} bad requests, {failures.Count} failures.";
        await File.WriteAllTextAsync(report, $"# Bad-input corpus\n\n{summary}\n\n| endpoint | caller | kind: status |\n|---|---|---|\n{string.Join("\n", rows)}\n");
        output.WriteLine($"{summary} Report: {report}");

        Assert.True(rows.Count >= 40, $"only {rows.Count} write endpoints: the endpoint table was not read");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }

    private static IEnumerable<BadInputCase> Corpus(ApiEndpoint endpoint, Targets targets)
    {
        var body = endpoint.BodyType is { } type ? JsonCorpus.For(type, targets)
            : endpoint.ReadsRawBody ? RouteCorpus.Uploads()
            : endpoint.Pattern.EndsWith("/materials", StringComparison.Ordinal) ? RouteCorpus.Files("id-copy")
            : [];
        foreach (var bad in body) yield return bad;
        var valid = endpoint.BodyType is { } t ? BodyFactory.Build(t, targets)?.ToJsonString() : null;
        foreach (var parameter in endpoint.RouteParameters)
            foreach (var (kind, value) in RouteCorpus.BadValues)
                yield return new BadInputCase($"{kind} in {{{parameter}}}",
                    () => valid is null ? null : new StringContent(valid, Encoding.UTF8, "application/json"), [])
                {
                    RouteOverride = targets.With(parameter, value, raw: true).Fill(endpoint.Pattern, []),
                };
    }

    /// <summary>Null when the answer is a proper refusal of the bad input.</summary>
    private static string? Judge(HttpResponseMessage response, string text, BadInputCase bad)
    {
        var code = (int)response.StatusCode;
        if (code >= 500) return "server error";
        if (code < 400) return $"accepted ({code})";
        if (code is not (400 or 422)) return null;
        if (code == 400 && text.Length == 0) return null; // refused by the server before routing (a NUL in the path)
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return "not problem details";
        if (bad.Fields.Count == 0) return null;
        var errors = JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
            ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
        return errors.Any(n => bad.Fields.Any(f => n.Contains(f, StringComparison.OrdinalIgnoreCase))) ? null
            : $"problem names [{string.Join(", ", errors)}], none of [{string.Join(", ", bad.Fields)}]";
    }

    private static string Trim(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
