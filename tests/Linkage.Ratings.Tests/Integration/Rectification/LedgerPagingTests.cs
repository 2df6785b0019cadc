using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

/// <summary>The ledger sorts on a deadline that may be null (decision 0575): a rectification opened while next year's
/// calendar was not announced has none yet. Walked a row or two at a time, the town's ledger gives every row once, the
/// ones without a deadline last (a nullable key answered 500 before).</summary>
public sealed class LedgerPagingTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Town = "350926100000";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_ledger_with_rows_without_a_deadline_pages_them_last_and_none_twice(int limit)
    {
        var opened = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var @case = await fixture.CaseAsync(handling: Town, handlingOrgUnit: "ou-350926100-centre");
            var rated = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 1, channel = "online" })).CreatedAsync();
            opened.Add(rated.GetProperty("rectification").GetProperty("id").GetGuid());
        }
        // the state a rating in a year without its calendar leaves (RectificationDeadlinePolicy): no deadline yet
        Assert.Equal(2, await fixture.CountAsync(
            $"WITH u AS (UPDATE ratings.rectifications SET \"Deadline\" = NULL WHERE \"Id\" IN ('{opened[0]}', '{opened[2]}') RETURNING 1) SELECT count(*) FROM u"));
        using var clerk = fixture.Host.CreateClient("town-clerk");
        var all = (await clerk.GetFromJsonAsync<JsonElement>("/api/ratings/rectifications?limit=500")).Items().EnumerateArray().ToList();

        var walked = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await clerk.GetFromJsonAsync<JsonElement>(
                $"/api/ratings/rectifications?limit={limit}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            walked.AddRange(page.Items().EnumerateArray());
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        } while (cursor is not null && walked.Count <= all.Count);

        var ids = walked.Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(all.Select(r => r.GetProperty("id").GetGuid()), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Superset(opened.ToHashSet(), ids.ToHashSet());
        var dated = walked.Select(r => r.TryGetProperty("dueDate", out var d) && d.ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(dated.OrderByDescending(d => d), dated); // every dated row before every undated one
        Assert.Contains(false, dated);
        Assert.Contains(true, dated);
    }
}
