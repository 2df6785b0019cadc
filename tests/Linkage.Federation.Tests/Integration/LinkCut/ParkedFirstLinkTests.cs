using Linkage.Federation.Tests.Infrastructure;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>Decision 0673: a forwarded case whose link comes only after its attempts ran out is parked in the town's
/// outbox, raises a dead-letter card at the town while it is parked, crosses on its own at the next slow retry once
/// the link is there (no <c>./platform messages replay</c>), once, and its card is then resolved. The attempts and the
/// slow retry are shortened here; the defaults are 10 attempts (about 20 minutes) and 15 minutes. The card's note says
/// that the row crossed at a later try, not that it was replayed (0687).</summary>
public sealed class ParkedFirstLinkTests
{
    private const string Row = "FROM intake.outbox_messages WHERE kind = 'federation' AND subject = @id";
    private const string Cards = """SELECT count(*) FROM supervision.alarms WHERE "Kind" = 'EventDeadLetter' AND "CaseNumber" LIKE '%case-forwarded%'""";

    [Fact]
    public async Task A_case_parked_before_the_first_link_crosses_once_at_its_slow_retry_and_its_alarm_is_resolved()
    {
        var pair = new LinkedPair();
        try
        {
            await pair.StartUnlinkedAsync(settings: new Dictionary<string, string?>
            {
                ["Linkage:Outbox:MaxAttempts"] = "2", ["Linkage:Outbox:ParkedRetryInterval"] = "00:00:05",
            });
            var id = await SubmitAtStationAsync(pair.Town.Host);
            await pair.Town.Host.Eventually(async () => await CountAsync(pair.Town.Host, $"{Cards} AND \"ResolvedAt\" IS NULL") == 1,
                TimeSpan.FromSeconds(60));                                            // parked: one open card at the town
            Assert.Equal(0, await CountAsync(pair.Town.Host, $"SELECT count(*) {Row} AND dispatched_at IS NOT NULL", id.ToString()));
            var attempts = await CountAsync(pair.Town.Host, $"SELECT attempts {Row}", id.ToString());
            Assert.True(attempts >= 2, $"parked after its attempts, not before ({attempts})");
            Assert.Null(await StatusAsync(pair.County.Host, id));

            await pair.LinkAsync();                                                 // no replay: the slow retry carries it
            await pair.County.Host.Eventually(async () => await StatusAsync(pair.County.Host, id), TimeSpan.FromSeconds(90));
            await pair.Town.Host.Eventually(async () => await CountAsync(pair.Town.Host, $"{Cards} AND \"ResolvedAt\" IS NOT NULL") == 1,
                TimeSpan.FromSeconds(60));                                            // crossed: the card is resolved by the system
            Assert.Equal(1, await CountAsync(pair.Town.Host, Cards));
            Assert.Equal(1, await CountAsync(pair.Town.Host,                         // what happened, not "replayed and applied" (0687)
                $"{Cards} AND \"Note\" = 'sent at a later try of the outbox, taken by the link towards its target: row ' || (SELECT id::text {Row})",
                id.ToString()));
            Assert.Equal(1, await CountAsync(pair.Town.Host, $"SELECT count(*) {Row} AND dispatched_at IS NOT NULL", id.ToString()));
            Assert.Equal(1, await CountAsync(pair.County.Host,
                "SELECT count(*) FROM intake.inbox_messages WHERE consumer LIKE '%CaseForwardedHandler'"));
        }
        finally
        {
            await pair.DisposeAsync();
        }
    }
}
