namespace Linkage.EndToEnd.Tests;

/// <summary>The foundation's one case, in both modes: all modules in one process, and one process per module.</summary>
[Collection("end-to-end")]
public sealed class EndToEndTests
{
    [Fact]
    public async Task One_case_travels_from_village_to_rating_with_all_modules_in_one_process_and_another_over_grpc()
    {
        await using var deployment = await Deployment.StartAsync(split: false);
        await RunWithLogs(deployment);
        await RunWithLogs(deployment, GrpcCaseScenario.RunAsync); // the same deployment: a second start would cost CI half a minute
        await RunWithLogs(deployment, EventCatalogueThroughGateway.RunAsync);
    }

    [Fact]
    public async Task A_company_start_bundle_ends_in_one_merged_licence_with_every_legs_filing()
    {
        await using var deployment = await Deployment.StartAsync(split: false);
        await RunWithLogs(deployment, BundleScenario.RunAsync);
    }

    [Fact]
    public async Task One_case_travels_from_village_to_rating_with_one_process_per_module()
    {
        await using var deployment = await Deployment.StartAsync(split: true);
        await RunWithLogs(deployment);
    }

    private static async Task RunWithLogs(Deployment deployment, Func<Deployment, Task>? scenario = null)
    {
        try { await (scenario ?? OneCaseScenario.RunAsync)(deployment); }
        catch (Exception e) { throw new Xunit.Sdk.XunitException($"{e}\n\nprocess logs:\n{deployment.Logs()}"); }
    }
}
