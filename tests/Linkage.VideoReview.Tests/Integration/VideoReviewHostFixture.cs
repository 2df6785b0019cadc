using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.VideoReview.Tests;

public sealed class VideoReviewHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    /// <summary>A reviewer of the city's natural resources bureau: the city tier taking part in a county's session.</summary>
    public static readonly DemoUser CityReviewer = new("reviewer-city", "李娜（市自然资源局）", ["department-reviewer"], "350900000000",
        "ou-350900-centre", "dep-350900-zrzy");

    public async Task InitializeAsync() =>
        Host = await LinkageTestHost.StartAsync("supervision,ratings,videoreview", configure: s => JanusEnvironment.Configure(s));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A case accepted by the county centre (taken at the village station), known to video review.</summary>
    public Task<Guid> AcceptedCaseAsync(string handling = "350926000000") => AcceptedCaseAsync(Host, handling);

    public static async Task<Guid> AcceptedCaseAsync(LinkageTestHost host, string handling = "350926000000")
    {
        var id = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await host.Services.GetRequiredService<IBus>().Publish(new CaseAccepted(id, $"350926100201-{today:yyyyMMdd}-000001",
            "000121010000", "食品经营许可", "11350926MB0000000X000121010000", 1, $"ou-{handling}", handling,
            "ou-350926100201-station", "350926100201", new ApplicantSummary("person", "陈美华", "350926********0020", "digest", null),
            DateTimeOffset.UtcNow, today, today.AddDays(14), 10));
        await host.Services.GetRequiredService<IBus>().Publish(new ReviewOpened(id, $"350926100201-{today:yyyyMMdd}-000001",
            ["dep-350926-scjg", "dep-350926-wsjk", "dep-350926-xfjy"], today.AddDays(14), DateTimeOffset.UtcNow));
        await host.Eventually(async () => await host.ScalarAsync<long>($"SELECT count(*) FROM videoreview.cases WHERE \"Id\" = '{id}'") == 1);
        await host.Eventually(async () => await host.ScalarAsync<long>($"SELECT count(*) FROM videoreview.case_plans WHERE \"CaseId\" = '{id}'") == 1);
        return id;
    }

    public HttpClient CreateClient(DemoUser user)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Host.TokenFor(user));
        return client;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
