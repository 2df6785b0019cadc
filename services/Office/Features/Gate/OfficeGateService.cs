using Grpc.Core;
using Linkage.Contracts.Office.V1;
using Linkage.Office.Features.Authorisation;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Gate;

/// <summary>Intake asks before a window acts (decision 0501). The department is the one named, else the entry's: the
/// department that signs off, else its first (as fees collects for). A department with no letter on file at the
/// centre is not gated; with one, only the powers it lists are held.</summary>
public sealed class OfficeGateService(OfficeDbContext db, CatalogLookup catalog) : OfficeGate.OfficeGateBase
{
    public override async Task<CheckPowerReply> CheckPower(CheckPowerRequest request, ServerCallContext context)
    {
        if (PowerNames.Parse(request.Power) is not { } power) throw new RpcException(new Status(StatusCode.InvalidArgument, "Unknown power."));
        var department = request.DepartmentId is { Length: > 0 } named ? named : await DepartmentOfAsync(request, context.CancellationToken);
        if (department is null) return new CheckPowerReply { Allowed = true };
        var letter = await db.Authorisations.AsNoTracking()
            .FirstOrDefaultAsync(a => a.OrgUnitId == request.OrgUnitId && a.DepartmentId == department, context.CancellationToken);
        if (letter is null || letter.Holds(power)) return new CheckPowerReply { Allowed = true, DepartmentId = department };
        return new CheckPowerReply
        {
            Allowed = false, DepartmentId = department,
            Reason = $"The window of {letter.DepartmentName} at this centre is not authorised to {PowerNames.Of(power)} ({PowerNames.Chinese(power)}); "
                + $"its letter grants {(letter.Powers.Length == 0 ? "nothing" : string.Join(", ", letter.Powers.Select(PowerNames.Of)))}.",
        };
    }

    public override async Task<RefusalRuleReply> RefusalRule(RefusalRuleRequest request, ServerCallContext context) => new()
    {
        ApprovalFirst = await db.Rules.AsNoTracking().AnyAsync(r => r.OrgUnitId == request.OrgUnitId && r.ApprovalFirst, context.CancellationToken),
    };

    private async Task<string?> DepartmentOfAsync(CheckPowerRequest request, CancellationToken ct)
    {
        if (request.ImplementationCode is not { Length: > 0 }) return null;
        var entry = await catalog.ImplementationAsync(request.ImplementationCode, request.ImplementationVersion, ct);
        return entry.Departments.FirstOrDefault(d => d.SignsOff)?.DepartmentId ?? entry.Departments.FirstOrDefault()?.DepartmentId;
    }
}
