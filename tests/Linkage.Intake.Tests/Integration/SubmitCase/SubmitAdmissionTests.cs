using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Intake.Features.SubmitCase;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Intake.Tests;

/// <summary>One submit at a time and one waiting, so a test can hold the turn with a submit blocked at a table lock;
/// case numbers drawn one at a time, so the sequence shows which submit drew one.</summary>
public sealed class OneSubmitAtATimeFixture : IntakeHostFixture
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Intake:Submit:Concurrency"] = "1";
        settings["Intake:Submit:QueueLimit"] = "1";
        settings["Intake:CaseNumbers:BlockSize"] = "1";
    }
}

/// <summary>Decision 0726: a submit whose client has gone stops before its save and writes nothing; a save once begun
/// completes, with its outbox rows; a full queue answers 503 with Retry-After and a problem body at once.</summary>
public sealed class SubmitAdmissionTests(OneSubmitAtATimeFixture fixture) : IClassFixture<OneSubmitAtATimeFixture>
{
    private SubmitAdmission Admission => fixture.Host.Services.GetRequiredService<SubmitAdmission>();

    [Fact]
    public async Task A_submit_whose_client_leaves_while_it_waits_for_its_turn_writes_nothing_and_a_save_begun_completes()
    {
        var numbersDrawn = await NumbersDrawnAsync();
        await using var locked = await TableLock.TakeAsync(fixture.Host.ConnectionString, "cases", "SHARE"); // the first save waits
        using var leaves = new CancellationTokenSource();
        var first = SubmitAsync("350926197007070031", leaves.Token);
        await locked.WaitedOnAsync();
        var second = SubmitAsync("350926197505050041", leaves.Token);
        await Wait.Until(() => Task.FromResult(Admission.Waiting), n => n == 1, what: "the second submit waiting for its turn");

        leaves.Cancel(); // both clients go away: the first during its save, the second while it waits
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await Wait.Until(() => Task.FromResult(Admission.Waiting), n => n == 0, what: "the second submit leaving the queue");
        await locked.ReleaseAsync();

        var saved = await fixture.Host.Eventually(() => CaseIdOfAsync("350926197007070031"));
        Assert.NotEmpty(await Outbox.PayloadsAsync(fixture.Host, saved, "CaseSubmitted")); // a case saved is announced
        Assert.Null(await CaseIdOfAsync("350926197505050041"));
        Assert.Equal(numbersDrawn + 1, await NumbersDrawnAsync()); // the second never drew a case number
        Assert.Equal(0, await fixture.CountAsync(OutboxRowsWithoutTheirCase));
    }

    [Fact]
    public async Task A_submit_finding_the_queue_full_is_answered_503_with_retry_after_and_a_problem_at_once()
    {
        await using var locked = await TableLock.TakeAsync(fixture.Host.ConnectionString, "cases", "SHARE");
        var first = SubmitAsync("350926199001010010", CancellationToken.None);
        await locked.WaitedOnAsync();
        var second = SubmitAsync("350926198002020021", CancellationToken.None);
        await Wait.Until(() => Task.FromResult(Admission.Waiting), n => n == 1, what: "the second submit waiting for its turn");

        using var agent = fixture.Host.CreateClient("agent");
        using var third = await agent.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor("350926198503120021"));
        var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(SubmitAdmission.RetryAfterSeconds), third.Headers.RetryAfter?.Delta);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));

        await locked.ReleaseAsync();
        Assert.Equal(HttpStatusCode.Created, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await second).StatusCode);
        Assert.Null(await CaseIdOfAsync("350926198503120021"));
    }

    [Fact]
    public async Task A_submit_whose_client_leaves_during_a_read_before_its_save_writes_nothing()
    {
        var cases = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        await using var locked = await TableLock.TakeAsync(fixture.Host.ConnectionString, "clerk_windows", "ACCESS EXCLUSIVE");
        using var leaves = new CancellationTokenSource();
        // a window clerk's submit reads the clerk's window before the save (a proxy case reads nothing since 0754)
        var submit = SubmitAsync("350926197505050041", leaves.Token, "clerk");
        await locked.WaitedOnAsync();

        leaves.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => submit);
        await locked.NoLongerWaitedOnAsync(); // the read was canceled while the lock is still held: it can never save
        await locked.ReleaseAsync();

        Assert.Null(await CaseIdOfAsync("350926197505050041"));
        Assert.Equal(cases, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));
        Assert.Equal(0, await fixture.CountAsync(OutboxRowsWithoutTheirCase));
    }

    private const string OutboxRowsWithoutTheirCase =
        """SELECT count(*) FROM intake.outbox_messages o WHERE NOT EXISTS (SELECT 1 FROM intake.cases c WHERE c."Id"::text = o.aggregate_id)""";

    private async Task<HttpResponseMessage> SubmitAsync(string idNumber, CancellationToken ct, string user = "agent")
    {
        using var client = fixture.Host.CreateClient(user);
        return await client.PostAsJsonAsync("/api/intake/cases", Applications.FoodPermitFor(idNumber), ct);
    }

    private async Task<string?> CaseIdOfAsync(string idNumber)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id"::text FROM intake.cases WHERE "Applicant_IdDigest" = $1""", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = fixture.Host.DigestOf(idNumber) });
        return (string?)await command.ExecuteScalarAsync();
    }

    private Task<long> NumbersDrawnAsync() =>
        fixture.CountAsync("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM intake.case_number_seq");
}

/// <summary>A table of the intake schema locked in an open transaction of the test's own, and who waits for it.</summary>
internal sealed class TableLock(string connectionString, NpgsqlConnection connection, NpgsqlTransaction transaction, string table) : IAsyncDisposable
{
    public static async Task<TableLock> TakeAsync(string connectionString, string table, string mode)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"LOCK TABLE intake.{table} IN {mode} MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new TableLock(connectionString, connection, transaction, table);
    }

    public Task WaitedOnAsync() => Wait.Until(WaitersAsync, n => n > 0, what: $"a statement waiting for intake.{table}");

    public Task NoLongerWaitedOnAsync() => Wait.Until(WaitersAsync, n => n == 0, what: $"no statement waiting for intake.{table}");

    public Task ReleaseAsync() => transaction.CommitAsync();

    private async Task<long> WaitersAsync()
    {
        await using var other = new NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = $1::regclass", other);
        command.Parameters.Add(new NpgsqlParameter { Value = $"intake.{table}" });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
