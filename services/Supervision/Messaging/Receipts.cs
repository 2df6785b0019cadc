using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>收件 counted once per case (decision 0509), by whichever event tells this deployment first.</summary>
public static class Receipts
{
    /// <summary>Records the receipt and counts it as received on its day; false when the case's receipt is known already.</summary>
    public static async Task<bool> CountAsync(SupervisionDbContext db, Receipt receipt, CancellationToken ct)
    {
        if (db.Receipts.Local.Any(r => r.CaseId == receipt.CaseId) || await db.Receipts.AnyAsync(r => r.CaseId == receipt.CaseId, ct))
            return false;
        db.Receipts.Add(receipt);
        DailyCounts.Add(db, new CountKey(receipt.HandlingDivision, receipt.HandlingOrgUnitId, receipt.MatterCode, receipt.SubmittedAtOrgUnitId),
            receipt.ReceivedOn, Tally.Receipt);
        return true;
    }
}
