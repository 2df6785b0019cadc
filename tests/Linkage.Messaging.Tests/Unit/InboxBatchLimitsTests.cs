using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Unit;

/// <summary>A batch consumer's limits (decision 0662), and an endpoint's own under <c>Endpoints:{endpoint}</c> (0787): the
/// certificates' issuing consumer applies more rounds at once than the others, which keep the shared limits. That the
/// host's settings name the endpoints the bus gives those consumers: IssuingRoundsTests (Certificates) and
/// AcceptanceRoundsTests (Supervision, 0799).</summary>
public sealed class InboxBatchLimitsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void An_endpoint_with_limits_of_its_own_takes_them_and_the_shared_ones_for_the_rest()
    {
        var config = Config(("Linkage:RabbitMq:Batch:MessageLimit", "12"),
            ("Linkage:RabbitMq:Batch:Endpoints:certificates-case-approved:ConcurrencyLimit", "8"));

        Assert.Equal(new InboxBatchLimits(12, 8, TimeSpan.FromMilliseconds(20)), InboxBatchLimits.From(config, "certificates-case-approved"));
        Assert.Equal(new InboxBatchLimits(12, 2, TimeSpan.FromMilliseconds(20)), InboxBatchLimits.From(config, "intake-case-approved"));
        Assert.Equal(new InboxBatchLimits(12, 2, TimeSpan.FromMilliseconds(20)), InboxBatchLimits.From(config));
    }
}
