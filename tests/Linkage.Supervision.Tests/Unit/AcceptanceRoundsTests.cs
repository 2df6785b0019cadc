using Linkage.Supervision.Messaging;

namespace Linkage.Supervision.Tests.Unit;

/// <summary>The host's settings give supervision's <c>CaseAccepted</c> endpoint eight rounds at once (decision 0799), so
/// the case is watched before its own review's events overtake it.</summary>
public sealed class AcceptanceRoundsTests
{
    [Fact]
    public void The_hosts_settings_give_supervisions_acceptance_eight_rounds_and_its_other_batch_consumers_the_shared_two()
    {
        Assert.Equal(8, HostBatchLimits.Of<CaseAcceptedConsumer>(new SupervisionModule()).ConcurrencyLimit);
        Assert.Equal(2, HostBatchLimits.Of<CaseCompletedConsumer>(new SupervisionModule()).ConcurrencyLimit);
    }
}
