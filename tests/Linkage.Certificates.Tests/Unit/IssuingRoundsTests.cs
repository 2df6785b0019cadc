using Linkage.Certificates.Messaging;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>The host's settings give the issuing consumer's endpoint eight rounds at once (decision 0787).</summary>
public sealed class IssuingRoundsTests
{
    [Fact]
    public void The_hosts_settings_give_the_issuing_consumers_endpoint_eight_rounds_and_the_modules_other_batch_consumer_the_shared_two()
    {
        Assert.Equal(8, HostBatchLimits.Of<CaseApprovedConsumer>(new CertificatesModule()).ConcurrencyLimit);
        Assert.Equal(2, HostBatchLimits.Of<ReviewOpenedConsumer>(new CertificatesModule()).ConcurrencyLimit);
    }
}
