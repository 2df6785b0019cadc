using Linkage.Federation.Tests.Infrastructure;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>Decision 0646: an event for another deployment is routed only by a queue that leads to a peer. Before the
/// county's link to the town exists, the town's own subscription queues (its all-modules host handles
/// <c>case-forwarded</c> too) must not count: the forwarded case stays pending in the town's outbox, returned by the
/// broker, and crosses once when the link appears.</summary>
public sealed class FirstLinkTests
{
    private const string Row = "FROM intake.outbox_messages WHERE kind = 'federation' AND subject = @id";

    [Fact]
    public async Task A_case_forwarded_before_the_link_exists_stays_pending_and_arrives_once_when_the_link_appears()
    {
        var pair = new LinkedPair();
        try
        {
            await pair.StartUnlinkedAsync();
            var id = await SubmitAtStationAsync(pair.Town.Host);
            await pair.Town.Host.Eventually(async () => await CountAsync(pair.Town.Host, $"SELECT count(*) {Row} AND attempts >= 2", id.ToString()) == 1,
                TimeSpan.FromSeconds(60));
            Assert.Equal(0, await CountAsync(pair.Town.Host, $"SELECT count(*) {Row} AND dispatched_at IS NOT NULL", id.ToString()));
            Assert.Contains("Return", Assert.Single(await StringsAsync(pair.Town.Host, $"SELECT last_error {Row}", id.ToString())));
            Assert.Null(await StatusAsync(pair.County.Host, id));

            await pair.LinkAsync();
            await pair.County.Host.Eventually(async () => await StatusAsync(pair.County.Host, id), TimeSpan.FromSeconds(90));
            await pair.Town.Host.Eventually(async () => await CountAsync(pair.Town.Host, $"SELECT count(*) {Row} AND dispatched_at IS NOT NULL", id.ToString()) == 1,
                TimeSpan.FromSeconds(30));
            Assert.Equal(1, await CountAsync(pair.Town.Host, $"SELECT count(*) {Row}", id.ToString()));
            Assert.Equal(1, await CountAsync(pair.County.Host,
                "SELECT count(*) FROM intake.inbox_messages WHERE consumer LIKE '%CaseForwardedHandler'"));
        }
        finally
        {
            await pair.DisposeAsync();
        }
    }
}
