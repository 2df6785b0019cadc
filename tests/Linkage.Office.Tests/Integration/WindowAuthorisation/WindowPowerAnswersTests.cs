using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Office;
using Linkage.ServiceDefaults.Office;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Office.Tests;

/// <summary>The office's answers are kept in the process (decision 0620): asked again, a window act is answered without
/// the office; a letter changed elsewhere is seen once its <c>WindowAuthorisationChanged</c> arrives on this process's
/// queue, and a letter saved in this process by the very next request.</summary>
[Collection(OfficeCollection.Name)]
public sealed class WindowPowerAnswersTests(OfficeHostFixture fixture)
{
    private readonly string department = "dep-kept-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<string?> RefusedAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WindowPowers>()
            .RefusedAsync(new WindowAct(OfficeHostFixture.Centre, WindowPowers.Accept, department), CancellationToken.None);
    }

    private async Task GrantAsync(params string[] powers)
    {
        using var admin = fixture.Host.CreateClient("hall-admin");
        await (await admin.PutAsJsonAsync($"/api/office/authorisations/{department}", new { departmentName = "县交通运输局", powers }))
            .JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_kept_answer_is_dropped_by_the_change_event_and_a_letter_saved_here_is_seen_by_the_next_request()
    {
        await GrantAsync("review");
        await fixture.Host.Eventually(async () => await fixture.CountAsync("SELECT count(*) FROM office.outbox_messages WHERE dispatched_at IS NULL") == 0);
        Assert.NotNull(await RefusedAsync());

        // another replica's change, its event not here yet: the kept refusal is answered without asking the office
        await fixture.CountAsync($"""
            WITH changed AS (UPDATE office.window_authorisations SET "Powers" = ARRAY['Accept', 'Review']
            WHERE "OrgUnitId" = '{OfficeHostFixture.Centre}' AND "DepartmentId" = '{department}' RETURNING 1) SELECT count(*) FROM changed
            """);
        Assert.NotNull(await RefusedAsync());

        await fixture.Host.Services.GetRequiredService<IBus>().Publish(
            new WindowAuthorisationChanged(OfficeHostFixture.Centre, department, ["accept", "review"], DateTimeOffset.UtcNow));
        await fixture.Host.Eventually(async () => await RefusedAsync() is null);

        await GrantAsync("review");
        Assert.NotNull(await RefusedAsync()); // no waiting: the save dropped this process's answers
    }
}
