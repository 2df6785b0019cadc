using Linkage.Contracts.Office.V1;
using Linkage.ServiceDefaults.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linkage.ServiceDefaults.Office;

/// <summary>窗口授权 (decisions 0501, 0504): whether the window of a department at a centre holds a power — 受理 in
/// intake, 审核 in approval, 送达 in certificates. Asked over gRPC when <c>Linkage:Grpc:Office</c> is set; a
/// deployment without the office module is not gated.</summary>
public sealed class WindowPowers(IServiceProvider services)
{
    public const string Accept = "accept";
    public const string Review = "review";
    public const string Deliver = "deliver";

    /// <summary>Why the window may not act, or null. With no department named the office takes the entry's.</summary>
    public async Task<string?> RefusedAsync(WindowAct act, CancellationToken ct)
    {
        if (services.GetService<OfficeGate.OfficeGateClient>() is not { } gate) return null;
        var reply = await gate.CheckPowerAsync(new CheckPowerRequest
        {
            OrgUnitId = act.Centre, DepartmentId = act.DepartmentId ?? "", Power = act.Power,
            ImplementationCode = act.ImplementationCode ?? "", ImplementationVersion = act.ImplementationVersion,
        }, cancellationToken: ct);
        return reply.Allowed ? null : reply.Reason;
    }
}

/// <summary>One act of a window: the centre it works at, the department (or the entry naming it) and the power.</summary>
public sealed record WindowAct(string Centre, string Power, string? DepartmentId, string? ImplementationCode = null, int ImplementationVersion = 0);

public static class WindowPowersExtensions
{
    /// <summary>The office's gRPC client (once per process), <see cref="WindowPowers"/> and <see cref="FilingRules"/>.</summary>
    public static IServiceCollection AddWindowPowers(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(WindowPowers))) return services;
        if (!string.IsNullOrEmpty(configuration["Linkage:Grpc:Office"]))
            services.AddModuleGrpcClient<OfficeGate.OfficeGateClient>(configuration, "Office");
        services.TryAddScoped<WindowPowers>();
        services.TryAddScoped<FilingRules>();
        return services;
    }
}
