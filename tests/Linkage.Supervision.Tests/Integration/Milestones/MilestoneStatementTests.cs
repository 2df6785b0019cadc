using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A step's end puts its milestone row in place and reads it in one statement (decision 0634): with the
/// start's row committed, the separate read of 0608 does not run, and the end completes that row.</summary>
public sealed class MilestoneStatementTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string PutAndRead = "WITH put AS (%INSERT INTO supervision.milestones%";
    private const string ReadAgain = "%FROM supervision.milestones AS m%WHERE m.\"CaseId\" = $1 AND m.\"Kind\" = $2%";

    [Fact]
    public async Task The_end_of_a_started_step_puts_and_reads_its_row_in_one_statement()
    {
        var caseId = Guid.CreateVersion7();
        var (startedAt, acceptedAt) = (At(new DateOnly(2025, 9, 1), 9), At(new DateOnly(2025, 9, 2), 10));
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var start = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            await Milestones.StartAsync(start, caseId, MilestoneKind.Acceptance, "350926000000-20250901-000002",
                new StepOwner(County, "", "", ""), startedAt, new DateOnly(2025, 9, 8), startedAt, CancellationToken.None);
            await start.SaveChangesAsync();
        }
        var (puts, reads) = (await CallsAsync(PutAndRead), await CallsAsync(ReadAgain));

        await using var endScope = fixture.Host.Services.CreateAsyncScope();
        var end = endScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await Milestones.CompleteAsync(end, caseId, MilestoneKind.Acceptance, "accepted", acceptedAt, CancellationToken.None);
        await end.SaveChangesAsync();

        Assert.Equal(puts + 1, await CallsAsync(PutAndRead));
        Assert.Equal(reads, await CallsAsync(ReadAgain));
        var row = await end.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == caseId);
        Assert.Equal((startedAt, acceptedAt, "accepted"), (row.StartedAt, row.DoneAt, row.Outcome));
    }

    private Task<long> CallsAsync(string like) => StatementCalls.OfAsync(fixture.Host.ConnectionString, like);
}
