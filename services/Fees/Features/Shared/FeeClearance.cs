using Linkage.Contracts.Events.Fees;
using Linkage.Fees.Domain;
using Linkage.Fees.Persistence;

namespace Linkage.Fees.Features.Shared;

/// <summary>Tells intake, through the outbox in the same save, when an approved case's fee became settled. A case whose
/// entry lists no fee is cleared without a word: intake completed it on its approval without asking (0442), so
/// FeeCleared there would be a delivery that changes nothing (decision 0772).</summary>
public static class FeeClearance
{
    public static void TellIfCleared(FeesDbContext db, FeeAssessment fee, DateTimeOffset now)
    {
        if (fee.Clear(now) && fee.ListsFees) db.Publish(new FeeCleared(fee.CaseId, fee.CaseNumber, now), fee.CaseId.ToString());
    }
}
