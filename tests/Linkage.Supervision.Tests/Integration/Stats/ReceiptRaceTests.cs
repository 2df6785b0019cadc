using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>收件 is counted by whichever of intake's CaseSubmitted and the case's first watch comes first (0509), and the
/// two arrive on two endpoints at once: the receipt and its count go in with one statement <c>ON CONFLICT DO NOTHING</c>
/// (decision 0666), so the second waits for the first's row and counts nothing, instead of failing on PK_receipts.</summary>
public sealed class ReceiptRaceTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_first_watch_racing_an_uncommitted_receipt_waits_for_it_and_the_case_is_received_once()
    {
        var unit = "ou-receipt-" + Guid.NewGuid().ToString("N")[..8];
        var accepted = Accepted(new DateOnly(2025, 9, 2), 20) with { HandlingOrgUnitId = unit };
        var messageId = Guid.NewGuid();

        await using (var submitted = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await submitted.OpenAsync();
            await using var tx = await submitted.BeginTransactionAsync();
            await using (var receipt = new NpgsqlCommand($"""
                INSERT INTO supervision.receipts ("CaseId", "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode",
                    "SubmittedAtOrgUnitId", "SubmittedAtDivision")
                VALUES ('{accepted.CaseId}', DATE '2025-09-01', '{accepted.HandlingDivision}', '{unit}', '{accepted.MatterCode}',
                    '{accepted.SubmittedAtOrgUnitId}', '{accepted.SubmittedAtDivision}')
                """, submitted, tx))
                await receipt.ExecuteNonQueryAsync();
            await fixture.PublishAsync(accepted, messageId);
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'transactionid' AND query LIKE '%supervision.receipts%'") > 0,
                TimeSpan.FromSeconds(60));
            await tx.CommitAsync();
        }
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync($"SELECT count(*) FROM supervision.inbox_messages WHERE message_id = '{messageId}'") == 1, TimeSpan.FromSeconds(60));

        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.cases WHERE \"Id\" = '{accepted.CaseId}'"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.receipts WHERE \"CaseId\" = '{accepted.CaseId}'"));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await CountFold.AllAsync(db, CancellationToken.None);
        // the held receipt counted nothing of its own: the first watch found it and counted no second one
        Assert.Equal(0, await fixture.CountAsync(
            $"SELECT coalesce(sum(\"Received\"), 0) FROM supervision.daily_counts WHERE \"HandlingOrgUnitId\" = '{unit}'"));
        var again = new Receipts();
        again.Add(Receipt.Of(accepted.CaseId, new DateOnly(2025, 9, 1), accepted.HandlingDivision, unit, accepted.MatterCode,
            accepted.SubmittedAtOrgUnitId, accepted.SubmittedAtDivision));
        Assert.Equal(0, await again.ApplyAsync(db, CancellationToken.None));
    }
}
