using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Contracts.Approval.V1;
using Linkage.Contracts.Intake.V1;
using Linkage.Contracts.Supervision.V1;

namespace Linkage.Security.Tests.Api;

/// <summary>The gRPC list calls page like their REST lists (decision 0556): a client walks the clerk's cases and the
/// reviewer's tasks one item a page, and the pages are the whole list in order, none repeated, none skipped. A cursor that
/// is garbled, of another call, of other filters or of the REST list, and a limit out of range, are INVALID_ARGUMENT
/// naming the field.</summary>
[Collection(SecurityCollection.Name)]
public sealed class GrpcPagingTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task A_client_walks_cases_and_tasks_page_by_page_through_the_whole_list()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.GrpcAddress);
        var intake = new IntakeService.IntakeServiceClient(channel);
        var clerk = Bearer("clerk");
        var cases = (await intake.ListCasesAsync(new ListCasesRequest { Limit = 500 }, clerk)).Items.Select(c => c.Id).ToList();
        var walkedCases = await WalkAsync(cases.Count, async cursor =>
        {
            var page = await intake.ListCasesAsync(new ListCasesRequest { Limit = 1, Cursor = cursor }, clerk);
            return (page.Items.Select(c => c.Id), page.NextCursor);
        });

        var approval = new ApprovalService.ApprovalServiceClient(channel);
        var reviewer = Bearer("reviewer-scjg");
        var tasks = (await approval.ListMyTasksAsync(new ListMyTasksRequest { Limit = 500 }, reviewer)).Items.Select(t => t.Id).ToList();
        var walkedTasks = await WalkAsync(tasks.Count, async cursor =>
        {
            var page = await approval.ListMyTasksAsync(new ListMyTasksRequest { Limit = 1, Cursor = cursor }, reviewer);
            return (page.Items.Select(t => t.Id), page.NextCursor);
        });

        Assert.True(cases.Count >= 2 && tasks.Count >= 2, $"{cases.Count} cases and {tasks.Count} tasks: too few to page");
        Assert.Equal(cases, walkedCases);
        Assert.Equal(tasks, walkedTasks);
    }

    [Fact]
    public async Task A_cursor_of_another_list_and_a_limit_out_of_range_are_invalid_arguments_naming_the_field()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.GrpcAddress);
        var intake = new IntakeService.IntakeServiceClient(channel);
        var clerk = Bearer("clerk");
        var cursor = (await intake.ListCasesAsync(new ListCasesRequest { Limit = 1 }, clerk)).NextCursor;
        Assert.NotEqual("", cursor);
        using var rest = fixture.Host.CreateClient("clerk");
        var restCursor = (await rest.GetJsonAsync("/api/intake/cases?limit=1")).GetProperty("nextCursor").GetString()!;
        var approval = new ApprovalService.ApprovalServiceClient(channel);
        var supervision = new SupervisionService.SupervisionServiceClient(channel);

        foreach (var (call, field) in new (Func<Task>, string)[]
        {
            (() => intake.ListCasesAsync(new ListCasesRequest { Limit = 1, Cursor = "not-a-cursor" }, clerk).ResponseAsync, "cursor"),
            (() => intake.ListCasesAsync(new ListCasesRequest { Limit = 1, Cursor = cursor, Division = "350926000000" }, clerk).ResponseAsync, "cursor"),
            (() => intake.ListCasesAsync(new ListCasesRequest { Limit = 1, Cursor = restCursor }, clerk).ResponseAsync, "cursor"),
            (() => approval.ListMyTasksAsync(new ListMyTasksRequest { Limit = 1, Cursor = cursor }, Bearer("reviewer-scjg")).ResponseAsync, "cursor"),
            (() => supervision.ListAlertsAsync(new ListAlertsRequest { Cursor = cursor }, Bearer("supervisor-county")).ResponseAsync, "cursor"),
            (() => intake.ListCasesAsync(new ListCasesRequest { Limit = 501 }, clerk).ResponseAsync, "limit"),
            (() => approval.ListMyTasksAsync(new ListMyTasksRequest { Limit = -1 }, Bearer("reviewer-scjg")).ResponseAsync, "limit"),
        })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal((StatusCode.InvalidArgument, field), (refused.StatusCode, refused.Trailers.GetValue("invalid-fields")));
            Assert.StartsWith(field + ": ", refused.Status.Detail, StringComparison.Ordinal);
        }
    }

    /// <summary>Follows next_cursor from the first page until it is empty (at most one page more than there are items).</summary>
    private static async Task<List<string>> WalkAsync(int items, Func<string, Task<(IEnumerable<string> Ids, string Next)>> page)
    {
        var (walked, cursor) = (new List<string>(), "");
        for (var pages = 0; pages <= items; pages++)
        {
            var (ids, next) = await page(cursor);
            walked.AddRange(ids);
            if ((cursor = next).Length == 0) break;
        }
        return walked;
    }

    private Metadata Bearer(string user) => new() { { "Authorization", $"Bearer {fixture.Host.TokenFor(user)}" } };
}
