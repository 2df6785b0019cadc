using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Security.Tests.Endpoints;
using Xunit.Abstractions;

namespace Linkage.Security.Tests.Api;

/// <summary>Issue 16's pagination walk: every list of the host — found from the endpoint table (a GET answering a
/// <c>Page</c>), not listed here — is read through two pages of one item by a caller who sees at least two, and the
/// two pages must be the list's first two items: none repeated, none skipped. Bad paging input answers 422 naming
/// the field (decision 0550).</summary>
[Collection(SecurityCollection.Name)]
public sealed class PaginationWalkTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    /// <summary>Callers tried in turn until one sees two items (null: anonymous).</summary>
    private static readonly string?[] Callers =
        ["clerk", "agent", "resident", "reviewer-scjg", "supervisor-county", "supervisor-city", "hall-admin", "admin-province", null];

    /// <summary>Values for the query parameters a list insists on, by the field its 422 names.</summary>
    private static readonly Dictionary<string, string> Required = new()
    {
        ["division"] = "350926100201", ["within"] = "350926000000", ["station"] = "ou-350926100201-station", ["subject"] = "clerk",
        ["parent"] = "350926000000",
    };

    /// <summary>Lists the seeded run holds fewer than two items of, for any caller; each still answers a page.</summary>
    private static readonly Dictionary<string, string> NotSeeded = new()
    {
        ["GET /api/video-review/sessions/{id:guid}/recordings"] = "recordings need a session recorded through Janus: RecordingTests (VideoReview) walks two pages",
    };

    [Fact]
    public async Task Every_list_pages_without_repeating_or_skipping_and_refuses_bad_paging_input()
    {
        var (subscription, rectification) = await SeedSecondItemsAsync();
        var lists = fixture.Endpoints.Where(e => e.Method == "GET" && fixture.Documents.IsPaged(e)).ToList();
        Assert.True(lists.Count >= 20, $"only {lists.Count} paged lists: the endpoint table was not read");
        var (walked, failures, unseeded) = (new List<string>(), new List<string>(), new List<string>());
        var targets = fixture.Targets.With("centreId", "ou-350926-centre");
        foreach (var endpoint in lists)
        {
            var own = endpoint.Pattern.StartsWith("/api/webhooks/subscriptions/{id", StringComparison.Ordinal) ? targets.With("subscription", subscription)
                : endpoint.Pattern.StartsWith("/api/ratings/rectifications/{id", StringComparison.Ordinal) ? targets.With("rectification", rectification)
                : targets;
            var (caller, url, all) = await FirstWithTwoAsync(endpoint, own.Fill(endpoint.Pattern, []));
            foreach (var failure in await BadInputAsync(endpoint, caller, url)) failures.Add($"{endpoint.Key}: {failure}");
            if (all is null)
            {
                unseeded.Add(endpoint.Key);
                continue;
            }
            using var client = fixture.Host.CreateClient(caller);
            if (await PageAsync(client, With(url, "limit=1")) is not { } first) { failures.Add($"{endpoint.Key} as {caller}: the first page failed"); continue; }
            var cursor = first.TryGetProperty("nextCursor", out var c) ? c.GetString() : null;
            if (cursor is null) { failures.Add($"{endpoint.Key} as {caller}: no nextCursor after the first of {all.Count} items"); continue; }
            if (await PageAsync(client, With(url, "limit=1&cursor=" + Uri.EscapeDataString(cursor))) is not { } second)
            {
                failures.Add($"{endpoint.Key} as {caller}: the second page failed");
                continue;
            }
            var pages = first.Items().EnumerateArray().Concat(second.Items().EnumerateArray()).Select(i => i.GetRawText()).ToList();
            if (!pages.SequenceEqual(all.Take(2))) failures.Add($"{endpoint.Key} as {caller}: two pages {string.Join(" | ", pages)} are not the first two items");
            if (pages.Distinct().Count() != 2) failures.Add($"{endpoint.Key} as {caller}: an item repeats");
            foreach (var (page, which) in new[] { (first, "first"), (second, "second") })
                if (page.TryGetProperty("total", out var total) && total.GetInt64() != all.Count)
                    failures.Add($"{endpoint.Key} as {caller}: the {which} page's total {total} is not the {all.Count} items");
            walked.Add($"{endpoint.Key} as {caller ?? "anonymous"} ({all.Count} items)");
        }
        output.WriteLine($"walked {walked.Count} of {lists.Count} lists:\n" + string.Join("\n", walked));
        output.WriteLine("fewer than two items for every caller: " + string.Join(", ", unseeded));

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
        Assert.Empty(unseeded.Except(NotSeeded.Keys));
        Assert.True(walked.Count >= lists.Count - NotSeeded.Count, "lists the walk should have covered were not walked");
    }

    /// <summary>Second items where one call makes them (an order, a rotated key, an appointment, enquiries, posts, webhook
    /// subscriptions to the fixture's receiver, reconciliations) and those of <see cref="SecondItemSeeder"/>, whose fee
    /// mismatches each subscription is delivered; the matrix's fingerprints then wait until everything
    /// the calls started has settled. Answers the id of a webhook subscription, whose delivery log the walk reads as its
    /// owner, and of the rectification with two steps.</summary>
    private async Task<(string Subscription, string Rectification)> SeedSecondItemsAsync()
    {
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        await (await supervisor.PostAsJsonAsync("/api/supervision/orders",
            new { caseId = fixture.Targets["case"], targetDivision = "350926000000", instruction = "请再次说明办理情况" })).JsonAsync(HttpStatusCode.Created);
        using var admin = fixture.Host.CreateClient("admin-province");
        await (await admin.PostAsync("/api/certificates/keys/ou-350926-centre/rotation", null)).JsonAsync(HttpStatusCode.OK);
        using var resident = fixture.Host.CreateClient("resident");
        var day = DateTime.UtcNow.AddDays(4);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        await (await resident.PostAsJsonAsync("/api/intake/appointments",
            new { matterCode = "000121010000", date = day.ToString("yyyy-MM-dd"), start = "10:00" })).JsonAsync(HttpStatusCode.Created);
        using var clerk = fixture.Host.CreateClient("clerk");
        foreach (var topic in new[] { "开办小餐馆需要哪些许可？", "社保转移怎么办？" }) // 首问负责: the desk's list and the clerk's inbox
            await (await clerk.PostAsJsonAsync("/api/office/enquiries", new { topic })).JsonAsync(HttpStatusCode.Created);
        var today = Linkage.Kernel.ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        foreach (var department in new[] { "dep-350926-rsj", "dep-350926-gjj" }) // 日对账: balanced days of departments that collected nothing
            await (await clerk.PostAsJsonAsync("/api/fees/reconciliations", new { departmentId = department, day = today, reportedFen = 0 }))
                .JsonAsync(HttpStatusCode.Created);
        using var hallAdmin = fixture.Host.CreateClient("hall-admin");
        foreach (var code in new[] { "W1", "W2" }) // AB角 posts
            await (await hallAdmin.PutAsJsonAsync($"/api/office/posts/{code}", new { name = "综合窗口" + code, a = "clerk", aName = "王丽", b = "clerk-b", bName = "李强" }))
                .JsonAsync(HttpStatusCode.OK);
        var subscriptions = new List<string>();
        foreach (var path in new[] { "walk-a", "walk-b" })
        {
            var created = await (await admin.PostAsJsonAsync("/api/webhooks/subscriptions",
                new { url = fixture.Receiver.Url(path), eventTypes = new[] { "linkage.fees.fee-reconciliation-mismatch.v1" } }))
                .JsonAsync(HttpStatusCode.Created);
            subscriptions.Add(created.GetProperty("id").GetString()!);
        }
        var rectification = await new SecondItemSeeder(fixture).SeedAsync();
        foreach (var subscription in subscriptions) // the two fee mismatches, each delivered to the loopback receiver
            await Wait.Until(async () => (await admin.GetJsonAsync($"/api/webhooks/subscriptions/{subscription}/deliveries?status=delivered")).Items(),
                d => d.GetArrayLength() >= 2, TimeSpan.FromSeconds(60), "the fee-mismatch deliveries");
        await fixture.SettledAsync();
        return (subscriptions[0], rectification);
    }

    /// <summary>The first caller who sees two items (with the query the list insists on), and the items; else no items.</summary>
    private async Task<(string? Caller, string Url, List<string>? Items)> FirstWithTwoAsync(ApiEndpoint endpoint, string path)
    {
        var (fallbackCaller, fallbackUrl) = ((string?)null, path);
        foreach (var caller in Callers)
        {
            using var client = fixture.Host.CreateClient(caller);
            var url = path;
            var response = await client.GetAsync(With(url, $"limit={PageLimitsMax}"));
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                var fields = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ErrorFields();
                url = fields.Where(Required.ContainsKey).Aggregate(url, (u, f) => With(u, $"{f}={Required[f]}"));
                response = await client.GetAsync(With(url, $"limit={PageLimitsMax}"));
            }
            Assert.True((int)response.StatusCode < 500, $"{endpoint.Key} as {caller}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK) continue;
            (fallbackCaller, fallbackUrl) = (caller, url);
            var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Items().EnumerateArray()
                .Select(i => i.GetRawText()).ToList();
            if (items.Count >= 2) return (caller, url, items);
        }
        return (fallbackCaller, fallbackUrl, null);
    }

    /// <summary>A garbled, a forged and a foreign cursor, and limits out of range: each a 422 naming its field.</summary>
    private async Task<List<string>> BadInputAsync(ApiEndpoint endpoint, string? caller, string url)
    {
        using var client = fixture.Host.CreateClient(caller);
        var failures = new List<string>();
        var foreign = await ForeignCursorAsync(client, url);
        foreach (var (query, field) in new[]
        {
            ("cursor=not-a-cursor", "cursor"), ("cursor=" + Uri.EscapeDataString(Forge(foreign)), "cursor"),
            ("cursor=" + Uri.EscapeDataString(foreign), "cursor"), ("limit=0", "limit"), ($"limit={PageLimitsMax + 1}", "limit"), ("limit=ten", "limit"),
        })
        {
            var response = await client.GetAsync(With(url, query));
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.UnprocessableEntity || !JsonDocument.Parse(text).RootElement.ErrorFields().Contains(field))
                failures.Add($"{query} as {caller}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 160)]}");
        }
        return failures;
    }

    /// <summary>A genuine cursor of another list (the case list of the county's clerk): valid, but not for this one.</summary>
    private async Task<string> ForeignCursorAsync(HttpClient _, string url)
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var other = url.StartsWith("/api/intake/cases", StringComparison.Ordinal) ? "/api/intake/appointments?limit=1&date=2000-01-01" : "/api/intake/cases?limit=1";
        var page = await clerk.GetJsonAsync(other);
        return page.TryGetProperty("nextCursor", out var c) ? c.GetString()! : "e30.AAAAAAAAAAAAAAAAAAAAAA";
    }

    /// <summary>A page, or null when the list answers anything but 200.</summary>
    private static async Task<JsonElement?> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement : null;
    }

    /// <summary>The same cursor with its payload changed and its signature kept.</summary>
    private static string Forge(string cursor)
    {
        var dot = cursor.IndexOf('.');
        return dot <= 0 ? cursor + "x" : (cursor[0] == 'W' ? 'X' : 'W') + cursor[1..];
    }

    private const int PageLimitsMax = Linkage.ServiceDefaults.Paging.PageLimits.Max;

    private static string With(string url, string query) => url + (url.Contains('?') ? "&" : "?") + query;
}
