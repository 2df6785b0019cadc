using Linkage.Fees.Domain;

namespace Linkage.Fees.Features.Reconcile;

public sealed record ReconciliationView(
    Guid Id, string DepartmentId, DateOnly Day, long CollectedFen, long ReportedFen, long DifferenceFen, bool Flagged)
{
    public static ReconciliationView From(Reconciliation r) =>
        new(r.Id, r.DepartmentId, r.Day, r.CollectedFen, r.ReportedFen, r.DifferenceFen, r.Flagged);
}
