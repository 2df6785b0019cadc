using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Messaging;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Linkage.Intake.Tests;

/// <summary>The cases a round of forwarded events takes over are written by one COPY in the round's transaction, not
/// tracked (decision 0791): their rows are what EF's insert writes, the round commits or rolls back as one, a replay
/// applies nothing twice and the row version guards later changes as before.</summary>
public sealed class ArrivedCaseCopyTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string InboxRows = "SELECT count(*) FROM intake.inbox_messages";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_case_taken_over_in_a_round_has_every_column_as_the_same_case_saved_through_EF()
    {
        var (round, alone) = (Forwarded(), Forwarded());
        var others = new[] { Forwarded(), Forwarded() };

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var (handler, db) = Handler(scope);
            var settled = await RoundAsync(handler, [round, .. others]);
            Assert.All(settled, Assert.True);
            Assert.Empty(db.ChangeTracker.Entries<IntakeCase>()); // written without the tracker
        }
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await Handler(scope).Handler.HandleAsync(Envelope(alone), alone, CancellationToken.None); // alone: EF's insert

        var copied = await RowAsync(round.Acceptance.CaseId);
        Assert.Equal(await RowAsync(alone.Acceptance.CaseId), copied);
        using var row = JsonDocument.Parse(copied);
        Assert.Equal("Accepted", row.RootElement.GetProperty("Status").GetString());
        Assert.Equal("法定代表人", row.RootElement.GetProperty("Applicant_LegalRepresentative").GetProperty("name").GetString());
        Assert.Equal(2, row.RootElement.GetProperty("Bundle").GetProperty("legs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, row.RootElement.GetProperty("Agent_Name").ValueKind);
        foreach (var f in new[] { round, alone, others[0], others[1] })
            Assert.Equal(1, await fixture.CountAsync(
                $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{f.Acceptance.CaseId}' AND message_type LIKE '%CaseAccepted%'"));
    }

    [Fact]
    public async Task A_round_whose_copy_fails_writes_nothing_and_its_events_then_apply_alone_the_bad_one_failing_by_itself()
    {
        var (first, second) = (Forwarded(), Forwarded());
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await RoundAsync(Handler(scope).Handler, [first, second]);
        var good = new[] { Forwarded(), Forwarded() };
        var taken = Forwarded(number: first.Acceptance.CaseNumber); // a case number the table holds: the COPY fails on it
        CaseForwarded[] round = [good[0], taken, good[1]];

        var inbox = await fixture.CountAsync(InboxRows);
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            Assert.Equal("IX_cases_CaseNumber", Violated(await Assert.ThrowsAnyAsync<Exception>(() => RoundAsync(Handler(scope).Handler, round))));
        Assert.Equal(inbox, await fixture.CountAsync(InboxRows));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" IN ({Cases(good)})"));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id IN ({Cases(good)})"));

        foreach (var f in good)
        {
            await using var scope = fixture.Host.Services.CreateAsyncScope();
            await Handler(scope).Handler.HandleAsync(Envelope(f), f, CancellationToken.None);
        }
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => Handler(scope).Handler.HandleAsync(Envelope(taken), taken, CancellationToken.None));
        Assert.Equal(2, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" IN ({Cases(good)})"));
    }

    [Fact]
    public async Task A_round_delivered_again_applies_nothing_twice_and_a_copied_case_keeps_its_row_version()
    {
        CaseForwarded[] round = [Forwarded(), Forwarded(), Forwarded()];
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await RoundAsync(Handler(scope).Handler, round);

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            Assert.Equal("pk_inbox_messages", Violated(await Assert.ThrowsAnyAsync<Exception>(() => RoundAsync(Handler(scope).Handler, round))));
        foreach (var f in round)
        {
            await using var scope = fixture.Host.Services.CreateAsyncScope();
            await Handler(scope).Handler.HandleAsync(Envelope(f), f, CancellationToken.None); // finds itself applied
        }
        Assert.Equal(3, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" IN ({Cases(round)})"));
        Assert.Equal(3, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id IN ({Cases(round)}) AND message_type LIKE '%CaseAccepted%'"));

        var id = round[0].Acceptance.CaseId;
        await using var first = fixture.Host.Services.CreateAsyncScope();
        await using var second = fixture.Host.Services.CreateAsyncScope();
        var (a, b) = (first.ServiceProvider.GetRequiredService<IntakeDbContext>(), second.ServiceProvider.GetRequiredService<IntakeDbContext>());
        var (mine, stale) = (await a.Cases.SingleAsync(c => c.Id == id), await b.Cases.SingleAsync(c => c.Id == id));
        mine.IssueStatusCode("first", Now.AddHours(1));
        await a.SaveChangesAsync();
        stale.IssueStatusCode("second", Now.AddHours(1));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
    }

    /// <summary>The unique constraint a round's failure violated, wherever the execution strategy or the reflection wrapped it.</summary>
    private static string? Violated(Exception? e) =>
        e is null ? null
        : e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique ? unique.ConstraintName
        : Violated(e.InnerException);

    private static (CaseForwardedHandler Handler, IntakeDbContext Db) Handler(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        return (new CaseForwardedHandler(db, new FakeTimeProvider(Now)), db);
    }

    /// <summary>The receiver's path for a round (<c>IFederationBatchHandler.HandleBatchAsync</c>, internal to the messaging block).</summary>
    private static async Task<bool[]> RoundAsync(CaseForwardedHandler handler, CaseForwarded[] round)
    {
        var batch = handler.GetType().GetInterfaces().Single(i => i.Name.StartsWith("IFederationBatchHandler", StringComparison.Ordinal));
        try
        {
            return await (Task<bool[]>)batch.GetMethod("HandleBatchAsync")!.Invoke(handler,
                [round.Select(Envelope).ToList(), round.ToList(), null, CancellationToken.None])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw inner;
        }
    }

    private async Task<string> RowAsync(Guid id)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT (to_jsonb(c) - 'Id' - 'CaseNumber')::text FROM intake.cases c WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string Cases(IEnumerable<CaseForwarded> forwarded) => string.Join(", ", forwarded.Select(f => $"'{f.Acceptance.CaseId}'"));

    private static FederationEvent Envelope(CaseForwarded forwarded) => new()
    {
        Id = $"forwarded-{forwarded.Acceptance.CaseId}", Source = "/test/station", Type = CaseForwarded.Type,
        Subject = forwarded.Acceptance.CaseId.ToString(), Sequence = 1, TargetDivision = "350926000000",
        Data = JsonSerializer.SerializeToElement(forwarded, MessageJson.Options),
    };

    private static CaseForwarded Forwarded(string? number = null)
    {
        var id = Guid.NewGuid();
        var accepted = new CaseAccepted(id, number ?? $"F{id:N}"[..30], "M-0001", "食品经营许可", "IMPL-0001", 3,
            "org-county-market", "350926000000", "org-station-7", "350926101201",
            new ApplicantSummary("organisation", "某某食品有限公司", "9135****1234", new string('a', 64), "91350926MA00000001",
                new LegalRepresentative("法定代表人", "3509****0011", new string('b', 64))),
            Now.AddHours(-2), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 21), 10,
            new BundleSummary("B-01", 2, "开办餐饮店一件事",
                [new BundleLeg("IMPL-0001", 3, "M-0001", "食品经营许可"), new BundleLeg("IMPL-0002", 1, "M-0002", "营业执照")],
                new BundleLicence("L-01", "综合许可证", "91350926MA00000002", 5)),
            Instant: false, AcceptedAtWindow: "org-station-7#A3", ReceivedAt: Now.AddHours(-3));
        return new CaseForwarded(accepted, Now.AddMinutes(-1));
    }
}
