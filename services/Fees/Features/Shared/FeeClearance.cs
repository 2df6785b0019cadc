using Linkage.Contracts.Events.Fees;
using Linkage.Fees.Domain;
using Linkage.Fees.Persistence;

namespace Linkage.Fees.Features.Shared;

/// <summary>Tells intake, through the outbox in the same save, when an approved case's fee became settled.</summary>
public static class FeeClearance
{
    public static void TellIfCleared(FeesDbContext db, FeeAssessment fee, DateTimeOffset now)
    {
        if (fee.Clear(now)) db.Publish(new FeeCleared(fee.CaseId, fee.CaseNumber, now), fee.CaseId.ToString());
    }
}
