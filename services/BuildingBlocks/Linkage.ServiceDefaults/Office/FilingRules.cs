using Linkage.Contracts.Office.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Office;

/// <summary>否定报备 (decisions 0502, 0562): whether the centre's management approves a negative decision before it is
/// issued — intake's refusal, approval's rejection. Asked over gRPC when <c>Linkage:Grpc:Office</c> is set; a
/// deployment without the office module issues at once.</summary>
public sealed class FilingRules(IServiceProvider services)
{
    public async Task<bool> ApprovalFirstAsync(string centre, CancellationToken ct) =>
        services.GetService<OfficeGate.OfficeGateClient>() is { } gate
        && (await gate.RefusalRuleAsync(new RefusalRuleRequest { OrgUnitId = centre }, cancellationToken: ct)).ApprovalFirst;
}
