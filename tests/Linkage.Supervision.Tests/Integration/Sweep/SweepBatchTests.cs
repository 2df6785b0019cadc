using Linkage.Kernel;
using Linkage.Supervision.Features.Sweep;
using Linkage.Testing.Plans;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Supervision.Tests;

/// <summary>The deadline sweep holds its case rows for one short batch (decision 0767): a pass checks at most
/// <see cref="DeadlineSweep.Batch"/> cases and commits them before the next pass claims more, and a case a delivery
/// holds is passed over, not waited for, and checked by a pass after the delivery commits — every due case is checked.</summary>
public sealed class SweepBatchTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const long Cases = 2 * DeadlineSweep.Batch + 7;

    [Fact]
    public async Task A_pass_commits_one_batch_and_passes_over_a_case_a_delivery_holds_until_it_commits()
    {
        var day = ChinaTime.Today(TimeProvider.System).AddDays(20);
        var cases = new OpenSupervisedCases(fixture.Host.ConnectionString, day);
        await cases.AddAsync(0, Cases);
        await cases.DueAsync(0, Cases);
        var held = Guid.Parse(OpenSupervisedCases.Id(0));

        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delivery = await HoldAsync(connection, held);
            Assert.Equal(DeadlineSweep.Batch, await PassAsync(day));
            // committed: another connection no longer finds the batch due
            Assert.Equal(Cases - DeadlineSweep.Batch, await DueAsync(day));
            Assert.Equal(DeadlineSweep.Batch, await PassAsync(day));
            Assert.Equal(Cases - 2 * DeadlineSweep.Batch - 1, await PassAsync(day)); // all but the held case
            Assert.Equal(0, await PassAsync(day));
            Assert.Equal(1, await DueAsync(day));
            await delivery.CommitAsync();
        }

        Assert.Equal(1, await PassAsync(day));
        Assert.Equal(0, await DueAsync(day));
        Assert.Equal(Cases, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.cases WHERE \"NextCheckOn\" > DATE '{day:yyyy-MM-dd}' AND \"Id\" BETWEEN '{OpenSupervisedCases.Id(0)}' AND '{OpenSupervisedCases.Id(Cases - 1)}'"));
    }

    /// <summary>A decision's turn on the case, as <c>DecisionTurns.TakeAsync</c> takes it: the row FOR SHARE, the
    /// transaction left open.</summary>
    private static async Task<NpgsqlTransaction> HoldAsync(NpgsqlConnection connection, Guid caseId)
    {
        var tx = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""SELECT 1 FROM supervision.cases WHERE "Id" = @id FOR SHARE""", connection, tx);
        command.Parameters.AddWithValue("id", caseId);
        Assert.Equal(1, (int)(await command.ExecuteScalarAsync())!);
        return tx;
    }

    private async Task<int> PassAsync(DateOnly day)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(day, CancellationToken.None);
    }

    private Task<long> DueAsync(DateOnly day) => fixture.CountAsync(
        $"SELECT count(*) FROM supervision.cases WHERE \"NextCheckOn\" <= DATE '{day:yyyy-MM-dd}'");
}
