using Linkage.Contracts.Events.Intake;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.VideoReview.Tests;

public sealed class VideoReviewHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("supervision,ratings,videoreview");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A case accepted by the county centre (taken at the village station), known to video review.</summary>
    public async Task<Guid> AcceptedCaseAsync(string handling = "350926000000")
    {
        var id = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Host.Services.GetRequiredService<IBus>().Publish(new CaseAccepted(id, $"350926100201-{today:yyyyMMdd}-000001",
            "000121010000", "食品经营许可", "11350926MB0000000X000121010000", 1, $"ou-{handling}", handling,
            "ou-350926100201-station", "350926100201", new ApplicantSummary("person", "陈美华", "350926********0020", "digest", null),
            DateTimeOffset.UtcNow, today, today.AddDays(14), 10));
        await Host.Eventually(async () => await CountAsync($"SELECT count(*) FROM videoreview.cases WHERE \"Id\" = '{id}'") == 1);
        return id;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
