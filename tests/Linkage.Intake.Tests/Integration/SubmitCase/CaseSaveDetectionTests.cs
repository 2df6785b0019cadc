using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Intake.Tests.Unit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>A case's save runs EF's DetectChanges once (decision 0815): staging what the tracked cases announce lists
/// them without detecting, and the save's own detection still writes a change made to a case read earlier.</summary>
public sealed class CaseSaveDetectionTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly string[] Submitted = ["application-form", "id-copy", "health-certificate"];

    [Fact]
    public async Task A_new_case_is_saved_with_its_events_after_one_detection()
    {
        var c = await NewAcceptedCaseAsync();

        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{c.Id}' AND \"Status\" = 'Accepted'"));
        Assert.Single(await Outbox.PayloadsAsync(fixture.Host, c.Id.ToString(), "CaseSubmitted"));
        Assert.Single(await Outbox.PayloadsAsync(fixture.Host, c.Id.ToString(), "CaseAccepted"));
    }

    [Fact]
    public async Task A_change_to_a_case_read_earlier_is_detected_by_the_save_and_announced()
    {
        var created = await NewAcceptedCaseAsync();

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var c = await db.Cases.AsTracking().SingleAsync(x => x.Id == created.Id);
        Assert.True(c.Complete("approved", Cases.Monday.AddDays(3))); // plain property sets: only DetectChanges sees them
        var detections = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => detections++;

        Assert.True(await scope.ServiceProvider.GetRequiredService<CaseSaves>().SaveAsync(CancellationToken.None));

        Assert.Equal(1, detections);
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{c.Id}' AND \"Status\" = 'Completed'"));
        Assert.Single(await Outbox.PayloadsAsync(fixture.Host, c.Id.ToString(), "CaseCompleted"));
    }

    private async Task<IntakeCase> NewAcceptedCaseAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var receipt = Cases.Receipt(Channel.Window, Submitted) with { CaseNumber = "CN-0815-" + Guid.NewGuid().ToString("N")[..12] };
        var c = IntakeCase.Receive(receipt, Cases.Monday);
        c.AcceptOn(Cases.Monday, new DateOnly(2026, 3, 2));
        db.Cases.Add(c);
        var detections = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => detections++;

        Assert.True(await scope.ServiceProvider.GetRequiredService<CaseSaves>().SaveAsync(CancellationToken.None));

        Assert.Equal(1, detections); // the save's own; staging the case's events detected nothing
        return c;
    }
}
