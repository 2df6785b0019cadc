using Linkage.Certificates.Messaging;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>The host's settings give the issuing consumer's endpoint eight rounds at once (decision 0787) and its 20 ms
/// wait for a round, while the other batch consumers gather theirs for 50 ms and up to 32 deliveries (0838): the
/// certificate's latency after the last approval is not spent waiting for a round to fill.</summary>
public sealed class IssuingRoundsTests
{
    [Fact]
    public void The_hosts_settings_give_the_issuing_consumers_endpoint_eight_rounds_and_the_modules_other_batch_consumer_the_shared_two()
    {
        Assert.Equal(8, HostBatchLimits.Of<CaseApprovedConsumer>(new CertificatesModule()).ConcurrencyLimit);
        Assert.Equal(2, HostBatchLimits.Of<ReviewOpenedConsumer>(new CertificatesModule()).ConcurrencyLimit);
    }

    [Fact]
    public void The_issuing_consumer_keeps_a_20_ms_wait_for_its_rounds_and_the_others_gather_for_50_ms_and_32_deliveries()
    {
        var issuing = HostBatchLimits.Of<CaseApprovedConsumer>(new CertificatesModule());
        var review = HostBatchLimits.Of<ReviewOpenedConsumer>(new CertificatesModule());

        Assert.Equal(TimeSpan.FromMilliseconds(20), issuing.TimeLimit);
        Assert.Equal((32, TimeSpan.FromMilliseconds(50)), (review.MessageLimit, review.TimeLimit));
    }
}
