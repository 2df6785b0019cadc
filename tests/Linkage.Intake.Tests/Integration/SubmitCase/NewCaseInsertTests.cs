using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Intake.Tests.Unit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Intake.Tests;

/// <summary>A new case's row goes with its save as a statement of its own, not as EF's insert (decision 0830): the row
/// is what EF writes, column by column; the columns cannot drift from EF's model; a failed save writes nothing and
/// leaves the case to be saved again; the row version guards later changes as before.</summary>
public sealed class NewCaseInsertTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly DateTimeOffset Received = new(2026, 12, 7, 8, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_new_case_saved_with_its_statement_has_every_column_as_the_same_case_saved_through_EF()
    {
        var (mine, twin) = (NewCase(), NewCase());
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.Cases.Add(mine);
            Assert.True(await scope.ServiceProvider.GetRequiredService<CaseSaves>().SaveAsync(CancellationToken.None));
            Assert.Empty(db.ChangeTracker.Entries<IntakeCase>()); // written without the tracker
            Assert.Empty(db.ChangeTracker.Entries<ProxyAgent>());
        }
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.Cases.Add(twin);
            await db.SaveChangesAsync(); // EF's own insert
        }

        var written = await RowAsync(mine.Id);
        Assert.Equal(await RowAsync(twin.Id), written);
        using var row = JsonDocument.Parse(written);
        Assert.Equal("王代办", row.RootElement.GetProperty("Agent_Name").GetString());
        var representative = row.RootElement.GetProperty("Applicant_LegalRepresentative");
        Assert.Equal("法定代表人", representative.GetProperty("name").GetString());
        Assert.Equal(2, row.RootElement.GetProperty("Bundle").GetProperty("legs").GetArrayLength());
        Assert.Equal(["health-certificate"],
            row.RootElement.GetProperty("DeferredMaterials").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, row.RootElement.GetProperty("HandOver").ValueKind);
        Assert.Single(await Outbox.PayloadsAsync(fixture.Host, mine.Id.ToString(), "CaseSubmitted"));
        Assert.Equal(1L, await fixture.CountAsync(Ledger(mine.Id)));
    }

    [Fact]
    public void The_statement_writes_every_column_EF_inserts_and_no_other()
    {
        using var scope = fixture.Host.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Model;
        var cases = model.FindEntityType(typeof(IntakeCase))!;
        var table = StoreObjectIdentifier.Table(cases.GetTableName()!, cases.GetSchema());
        var owned = cases.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).Select(n => n.TargetEntityType);
        var inserted = cases.GetProperties()
            .Concat(cases.GetComplexProperties().SelectMany(p => p.ComplexType.GetProperties()))
            .Concat(owned.SelectMany(o => o.GetProperties()))
            .Where(p => p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save)
            .Select(p => p.GetColumnName(table)!).Distinct().Order();

        Assert.Equal(inserted, CaseColumns.Of(model).All.Select(c => c.Name).Order());
        Assert.DoesNotContain("xmin", CaseColumns.Of(model).All.Select(c => c.Name)); // the database's
        Assert.Equal(cases.GetTableMappings().Single().Table.Columns.Count() - 1, CaseColumns.Of(model).All.Count);
    }

    [Fact]
    public async Task A_failed_save_writes_nothing_and_keeps_the_case_to_be_saved_again()
    {
        var first = NewCase();
        await SavedAsync(first);
        var taken = NewCase(first.CaseNumber); // the unique case number fails the statement, and the save with it

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.Cases.Add(taken);
            var saves = scope.ServiceProvider.GetRequiredService<CaseSaves>();
            var failed = await Assert.ThrowsAnyAsync<DbUpdateException>(() => saves.SaveAsync(CancellationToken.None));
            Assert.Equal("IX_cases_CaseNumber", (failed.InnerException as PostgresException)?.ConstraintName);
            Assert.Equal(EntityState.Added, db.Entry(taken).State);
        }
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{taken.Id}'"));
        Assert.Equal(0L, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{taken.Id}'"));
        Assert.Equal(0L, await fixture.CountAsync(Ledger(taken.Id)));
    }

    [Fact]
    public async Task A_case_written_by_its_statement_refuses_a_stale_change()
    {
        var c = NewCase();
        await SavedAsync(c);

        await using var first = fixture.Host.Services.CreateAsyncScope();
        await using var second = fixture.Host.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var b = second.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var mine = await a.Cases.AsTracking().SingleAsync(x => x.Id == c.Id);
        var stale = await b.Cases.AsTracking().SingleAsync(x => x.Id == c.Id);
        mine.IssueStatusCode("first", Received.AddHours(1));
        await a.SaveChangesAsync();
        stale.IssueStatusCode("second", Received.AddHours(1));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
    }

    /// <summary>A proxy case with a legal representative, a bundle and a deferred material: lists, jsonb, the owned
    /// agent and nulls in one row.</summary>
    private static IntakeCase NewCase(string? number = null)
    {
        var bundle = new BundleSummary("B-01", 2, "开办餐饮店一件事",
            [new BundleLeg("IMPL-0001", 3, "M-0001", "食品经营许可"),
                new BundleLeg("IMPL-0002", 1, "M-0002", "营业执照")],
            new BundleLicence("L-01", "综合许可证", "91350926MA00000002", 5));
        var receipt = Cases.Receipt(Channel.Proxy, ["application-form", "id-copy"]) with
        {
            CaseNumber = number ?? "CN-0830-" + Guid.NewGuid().ToString("N")[..12],
            Matter = new PinnedMatter("food-permit", "食品经营许可", "impl-1", 1,
                new TimeLimitTerms(20, false, false), bundle),
            Applicant = new Applicant(ApplicantKind.Organisation, "某某食品有限公司", "9135****1234",
                new string('a', 64), "91350926MA00000001",
                new LegalRepresentative("法定代表人", "3509****0011", new string('b', 64))),
        };
        var c = IntakeCase.Receive(receipt, Received);
        var deferred = new DeferredSupply(["health-certificate"], new DateOnly(2026, 12, 21));
        c.AcceptDeferred(Received, new DateOnly(2026, 12, 7), deferred);
        return c;
    }

    /// <summary>Saves a new case through <see cref="CaseSaves"/>, its row sent with the save.</summary>
    private async Task SavedAsync(IntakeCase c)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Cases.Add(c);
        Assert.True(await scope.ServiceProvider.GetRequiredService<CaseSaves>().SaveAsync(CancellationToken.None));
    }

    private static string Ledger(Guid caseId) =>
        $"SELECT count(*) FROM intake.proxy_ledger WHERE \"CaseId\" = '{caseId}'";

    private async Task<string> RowAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (to_jsonb(c) - 'Id' - 'CaseNumber')::text FROM intake.cases c WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
